// The Markdown twin of /playground/: what the page offers, since the console itself needs a browser.
import type { APIRoute } from 'astro';
import { routes, withBase } from '../site/paths.ts';
import { doc, twinPath } from '../site/twins/markdown.ts';
import { markdownResponse } from '../site/twins/response.ts';

export const GET: APIRoute = () =>
	markdownResponse(
		doc(
			'# Playground',
			'> Call any pims SDK operation against the simulator, with every documented error one choice away.',
			'The playground is a console that runs JavaScript or TypeScript calls to `pims.get`, `pims.set`, `pims.subscribe` and `pims.unsubscribe` in the browser, against a simulator of the SDK. It needs a browser with JavaScript.',
			`Every operation and its documented messages are listed in the [API index](${withBase(twinPath(routes.index()))}); how the simulator answers is described in [How the simulator decides](${withBase('/simulator.md')}).`,
		),
	);
