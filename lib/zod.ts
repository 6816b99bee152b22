// Zod for modules that also run in the browser. Zod 4 probes for `new Function` (its JIT for object
// parsing) on first use; under our CSP (no 'unsafe-eval') the probe is caught but still reports a
// CSP violation. Jitless parsing needs no eval and is fast enough for URL state and small data files.
import { z } from "zod";

z.config({ jitless: true });

export { z };
