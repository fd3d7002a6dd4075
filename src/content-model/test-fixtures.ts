// In-memory content used by the unit tests: small, valid, and easy to break one field at a time.
import { CODE } from '../sdk/codes.ts';
import type { Catalog } from './catalog.ts';
import { validateCatalog } from './load.ts';
import type { ContentSources } from './load.ts';

export function validSources(): ContentSources {
	return {
		operations: [
			{
				file: 'content/apis/get-demo-phone.yaml',
				data: {
					api: 'pims.demo.phone',
					method: 'get',
					since: '2.0',
					lastUpdate: '2.1',
					components: ['Demo'],
					summary: 'Reads the phone number.',
					description: 'Then call [set](op:set-demo-code-add).',
					output: [{ name: 'phoneNumber', type: 'string', description: 'The number.', example: '0612345678' }],
					errors: [2001, 2307],
					related: ['set-demo-code-add'],
				},
			},
			{
				file: 'content/apis/set-demo-code-add.yaml',
				data: {
					api: 'pims.demo.code',
					method: 'set',
					discriminator: { parameter: 'action', value: 'add' },
					since: '2.0',
					lastUpdate: '2.0',
					components: ['Demo'],
					summary: 'Adds a thing.',
					description: 'Adds it.',
					parameters: [
						{ name: 'action', type: 'string', description: 'Selects the operation.', values: ['add'], example: 'add' },
						{ name: 'smsCode', type: 'integer', description: 'The code.', example: 123456 },
						{
							name: 'options',
							type: 'object',
							required: false,
							description: 'Options.',
							fields: [{ name: 'level', type: 'string', description: 'Level.', values: ['low', 'high'], example: 'low' }],
						},
						{ name: 'tags', type: 'array', items: 'string', required: false, description: 'Tags.', example: ['a'] },
					],
					errors: [2001, 2101, 2102],
				},
			},
		],
		errors: {
			file: 'content/errors.yaml',
			data: [
				{ code: 2001, family: 'generic', label: 'Facade not initialized', description: 'Not started.' },
				{ code: 2101, family: 'input', label: 'Missing [PARAMETER] parameter', placeholders: ['PARAMETER'], description: 'Missing.' },
				{ code: 2102, family: 'input', label: 'Invalid [PARAMETER] parameter', placeholders: ['PARAMETER'], description: 'Invalid.' },
				{ code: 2307, family: 'specific', label: 'User dont have a phone number', description: 'No number.' },
				// The rest of the codes the SDK module names (src/sdk/codes.ts), which a rule requires.
				{ code: 2002, family: 'generic', label: 'API not supported', description: 'Unknown.' },
				{ code: 2005, family: 'generic', label: 'Duplicate command', description: 'Twice.' },
				{ code: 2007, family: 'generic', label: 'Facade already initialized', description: 'Started.' },
				{ code: 2201, family: 'output', label: 'Timeout/Polling Timeout/Command Timeout', description: 'Slow.' },
				{ code: 2202, family: 'output', label: 'Network problem : No internet', description: 'Offline.' },
				{ code: 2305, family: 'specific', label: 'The sms code is invalid', description: 'Wrong code.' },
				...namedCodesBesides([2001, 2101, 2102, 2307, 2002, 2005, 2007, 2201, 2202, 2305]),
			],
		},
		components: {
			file: 'content/components.yaml',
			data: [
				{
					tag: 'Demo',
					name: 'Demo',
					category: 'security',
					connectivity: 'internet',
					platforms: ['PSA'],
					security: ['Authentication'],
					icon: '📱',
					domain: 'pims.demo.*',
					since: '2.0',
					lastUpdate: '2.0',
					description: 'A demo component.',
				},
			],
		},
	};
}

type Json = Record<string, unknown>;

export interface FixtureEditor {
	ops: Json[];
	errors: Json[];
	components: Json[];
	/** Adds an operation file; its data may be a copy of another's. */
	addOperation(file: string, data: Json): void;
}

/** A copy of the valid sources with one change applied. */
export function broken(edit: (s: FixtureEditor) => void): ContentSources {
	const sources = structuredClone(validSources());
	edit({
		ops: sources.operations.map((o) => o.data as Json),
		errors: sources.errors.data as Json[],
		components: sources.components.data as Json[],
		addOperation: (file, data) => sources.operations.push({ file, data }),
	});
	return sources;
}

/** The valid fixture plus a subscription, validated: a small catalogue for generator and simulator tests. */
export function fixtureCatalog(): Catalog {
	const result = validateCatalog(
		broken(({ addOperation }) => {
			addOperation('content/apis/subscribe-demo-signal.yaml', {
				api: 'pims.demo.signal',
				method: 'subscribe',
				since: '2.0',
				lastUpdate: '2.0',
				components: ['Demo'],
				summary: 'Streams a signal.',
				description: 'Streams it.',
				output: [{ name: 'level', type: 'number', unit: '%', description: 'Level.', example: 42.5 }],
				errors: [2001, 2005, 2202],
			});
		}),
	);
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
	return result.catalog;
}

/** Plain entries for the other codes src/sdk/codes.ts names, with the family their range gives. */
function namedCodesBesides(written: number[]) {
	const family = (code: number) => (code < 2100 ? 'generic' : code < 2200 ? 'input' : code < 2300 ? 'output' : 'specific');
	return Object.values(CODE)
		.filter((code) => !written.includes(code))
		.map((code) => ({ code, family: family(code), label: `Error ${code}`, description: 'Named in the SDK module.' }));
}
