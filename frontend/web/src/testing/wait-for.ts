/** Retries `check` (an expectation) every 20 ms for about four seconds: for what settles after animations and frames. */
export async function waitFor(check: () => void): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return check();
    } catch (error) {
      // About 4 s, inside jest's 5 s: a loaded machine (a whole test run on 2 cores) draws and moves focus late.
      if (i > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
