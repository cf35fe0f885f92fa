/** Per kind, a file larger than this is refused even under the global upload limit. */
export const KIND_LIMITS_BYTES = {
  image: 40 * 1024 * 1024,
  audio: 150 * 1024 * 1024,
  document: 60 * 1024 * 1024,
  video: Number.POSITIVE_INFINITY,
};

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
