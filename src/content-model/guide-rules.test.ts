// The guides' rule: an example or a sequence step that shows an error for an operation must show one it documents.
import { describe, expect, it } from 'vitest';
import { guideCodeProblems } from './guide-rules.ts';
import { guideProblems } from './load-guides.ts';
import { loadCatalog } from './node.ts';
import { formatProblem } from './problems.ts';

const catalog = loadCatalog();

// Line 6 shows 2361 (a car's refusal) for the trusted phone number read, line 9 a diagram step with 2307 for the
// signal, line 11 links to a code that does not exist. Lines 5 and 8 are right and must pass.
const BAD_GUIDE = `---
title: A bad guide
---

<MessageExample slug="get-authentication-trustedphonenumber" message={2307} />
<MessageExample slug="get-authentication-trustedphonenumber" message={2361} />
export const flow = { steps: [
	{ from: 'sdk', to: 'app', answer: 'subscribe-vehicle-signal', outcome: 2005 },
	{ from: 'sdk', to: 'app', answer: 'subscribe-vehicle-signal', outcome: 2307 },
] };
Until <OperationLink slug="initialize" /> succeeds, calls fail with <ErrorRef code={2999} />.
<EventErrorExample slug="get-nothing-at-all" code={2361} />
`;

describe('guide rule', () => {
	it('names the file, the line and the operation of each error a guide shows but the operation does not document', () => {
		expect(guideCodeProblems('content/docs/guides/bad.mdx', BAD_GUIDE, catalog).map(formatProblem)).toEqual([
			'content/docs/guides/bad.mdx: line 6: an example shows error 2361 for get-authentication-trustedphonenumber, which that operation does not document in errors',
			'content/docs/guides/bad.mdx: line 12: an example names operation get-nothing-at-all, which is not in content/apis',
			'content/docs/guides/bad.mdx: line 9: a sequence step shows error 2307 for subscribe-vehicle-signal, which that operation does not document in errors',
			'content/docs/guides/bad.mdx: line 11: links to error 2999, which is not in the error catalogue',
		]);
	});

	it('names an operation written in capitals instead of skipping its code', () => {
		const text = `<MessageExample slug="Get-Authentication-Trustedphonenumber" message={2361} />
export const flow = { steps: [{ from: 'sdk', to: 'app', answer: 'Subscribe-Vehicle-Signal', outcome: 2307 }] };
`;
		expect(guideCodeProblems('content/docs/guides/caps.mdx', text, catalog).map(formatProblem)).toStrictEqual([
			'content/docs/guides/caps.mdx: line 1: an example names operation Get-Authentication-Trustedphonenumber, which is not in content/apis',
			'content/docs/guides/caps.mdx: line 2: a sequence step names operation Subscribe-Vehicle-Signal, which is not in content/apis',
		]);
	});

	it('passes over an example that names no operation', () => {
		expect(guideCodeProblems('content/docs/guides/plain.mdx', '<EventErrorExample code={2361} />\n', catalog)).toStrictEqual([]);
	});

	it('finds nothing wrong in the project’s guides', () => {
		expect(guideProblems(process.cwd(), catalog).map(formatProblem)).toEqual([]);
	});
});
