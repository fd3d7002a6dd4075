import { test } from '@playwright/test';
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
test('debug', async ({ page }) => {
	for (const p of ['reference/changelog/', 'reference/components/strongauthentication/']) {
		await page.goto(p, { waitUntil: 'domcontentloaded' });
		console.log(p, await page.evaluate(() => {
			const out: string[] = [];
			for (const el of document.querySelectorAll('body *')) {
				const r = el.getBoundingClientRect();
				if (r.right > 391 && !el.closest('header') && !el.closest('mobile-starlight-toc')) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} r=${Math.round(r.right)} w=${Math.round(r.width)} ${(el.textContent ?? '').slice(0, 40)}`);
			}
			return out.slice(0, 10).join('\n');
		}));
	}
	await page.goto('reference/changelog/', { waitUntil: 'domcontentloaded' });
	await page.screenshot({ path: '/tmp/ide/phone2.png', fullPage: false });
});
