/** Retries `check` (an expectation) every 20 ms for about a second: for what settles after animations and frames. */
export async function waitFor(check: () => void): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return check();
    } catch (error) {
      if (i > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
