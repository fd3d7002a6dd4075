// `npm run validate`: checks content/ and prints one line per problem, without building the site.
import { ContentError, loadCatalog } from './index.ts';

try {
	const catalog = loadCatalog(process.cwd());
	console.log(`content is valid: ${catalog.operations.length} operations, ${catalog.errors.length} error codes, ${catalog.components.length} components`);
} catch (e) {
	if (!(e instanceof ContentError)) throw e;
	console.error(e.message);
	process.exitCode = 1;
}
