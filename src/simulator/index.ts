// Simulator: the pims SDK as pure TypeScript (no DOM), driven by the content. Runs in Node tests and in a worker.
//
// Order of decisions for get, set and subscribe; the first that applies answers:
//   1. the facade is not initialized                              -> 2001
//   2. the API name is unknown, or the method does not offer it    -> 2002 API not supported
//   3. the discriminator picks the operation: absent -> 2101, unknown value -> 2102 (label names the parameter)
//   4. parameters against the operation's schema: a required one missing -> 2101 Missing <name> parameter;
//      wrong type, value not allowed, out of range -> 2102 Invalid <name> parameter
//   5. the chosen scenario: a forced documented error; then the conditions that hold across calls
//      (offline -> 2202 and slow network -> 2201 after the timeout, for operations that document them)
//   6. state: the flows table (e.g. no trusted phone number -> 2307, wrong SMS code), and a second
//      subscription to the same API -> 2005
//   7. the documented success (with results that state decides, where a flow says so)
// The simulator answers every call with one well-formed message and never throws at its caller.
export { createPims, ScenarioError, type Pims, type PimsOptions, type Callback } from './facade.ts';
export { createFakeClock, realClock, type Clock, type FakeClock } from './clock.ts';
export { scenarioOptions, scenarioProblem, outcomeFromId, type Outcome, type ScenarioChoice, type ScenarioOption, type Conditions } from './scenarios.ts';
export { createState, resetState, statePresets, type SimState, type StatePreset } from './state.ts';
export { flows, flowsFor, type Flow } from './flows.ts';
