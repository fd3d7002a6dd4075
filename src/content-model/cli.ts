// `npm run validate`: checks content/ and prints one line per problem, without building the site.
import { ContentError } from './index.ts';
import { loadCorrections } from './load-corrections.ts';
import { checkGuides } from './load-guides.ts';
import { loadCatalog } from './node.ts';

try {
	const catalog = loadCatalog(process.cwd());
	const corrections = loadCorrections(process.cwd(), catalog);
	checkGuides(process.cwd(), catalog);
	console.log(`content is valid: ${catalog.operations.length} operations, ${catalog.errors.length} error codes, ${catalog.components.length} components, ${corrections.length} corrections`);
} catch (e) {
	if (!(e instanceof ContentError)) throw e;
	console.error(e.message);
	process.exitCode = 1;
}
