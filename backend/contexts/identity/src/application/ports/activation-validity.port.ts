/** How long an activation code works, in ms (PREAU_ACTIVATION_DAYS, 60 days by default). */
export interface ActivationValidity {
  activationMs: number;
}

export const ACTIVATION_VALIDITY = Symbol('ActivationValidity');
