// Simulator: a twin of the pims SDK as pure TypeScript (no DOM), driven by the content. Runs in Node tests and in a worker.
//
// Order of decisions for get, set and subscribe; the first that applies answers:
//   1. the facade is not initialized                              -> 2001
//   2. the API name is unknown, or the method does not offer it    -> 2002 API not supported
//   3. the discriminator picks the operation: absent -> 2101, unknown value -> 2102 (label names the parameter);
//      an operation only the other platform's SDK has -> 2002 (platform.ts; createPims({ platform }), Android by default)
//   4. parameters against the operation's schema: a required one missing -> 2101 Missing <name> parameter;
//      wrong type, value not allowed, out of range -> 2102 Invalid <name> parameter
//   5. the chosen scenario: a forced documented error; then the conditions that hold across calls
//      (offline -> 2202 and slow network -> 2201 after the timeout, for operations that document them)
//   6. state, through the flows table (flows/): first the preconditions, one row per code, each applied where the
//      operation documents it (2301 logged out, 2302 not enrolled, 2344 component not set up, 2314 inWebo settings
//      no service answers at, 2310 blocked, 2317 token upgradable, 2311 an enrolment interrupted, 2313/2312 no
//      enrolment for inWebo calls, 2341 Bluetooth or location off, 2342 not paired, 2340 permissions,
//      2367 service not started, 2365 no signal subscription); then each operation's own rows (a wrong SMS code,
//      locked doors...); then a second subscription to the same API -> 2005
//   7. the documented success, with what state decides: results that read state, changes that later calls see,
//      and for remote commands the car's answer, a moment later, as a RESULT event of pims.vehicle.signal
//      (the new state, or the car's refusal such as 2361 doors already locked)
// The simulator answers every call with one well-formed message and never throws at its caller.
//
// State (state/) is plain data split by concern: session, account, vehicle, device, the inWebo client, stored data. It starts from a
// preset (presets.ts). For the console (its page's code imports these from twin.ts, state/index.ts and presets.ts
// themselves: this file also brings in the flows, which only the sandbox's worker runs):
//   listPresets()                      ids, labels and descriptions of the presets
//   createState(catalog, { preset })   a state from a preset
//   pims.snapshot()                    the state and live subscriptions as plain, serializable data;
//                                      createPims({ onChange }) is told a snapshot after every message it sends
//   SETTINGS, setSetting(), settingsOf()  the phone's and the car's toggles (Bluetooth, offline, a door open...)
//   stateSummary(state)                one line saying where the state stands
//   parseState(value, catalog)         a state received from a worker or a link, checked, or undefined
export { createPims } from './facade.ts';
export type { Platform } from './platform.ts';
export { createFakeClock, type Clock } from './clock.ts';
export { scenarioOptions, type ScenarioChoice, type Conditions } from './scenarios.ts';
export { createState, type SimState } from './state/index.ts';
export { DEFAULT_PRESET } from './presets.ts';
export { listPresets, type TwinSnapshot } from './twin.ts';
export { flowsFor } from './flows/index.ts';
export type { SubscriptionInfo } from './subscriptions.ts';
