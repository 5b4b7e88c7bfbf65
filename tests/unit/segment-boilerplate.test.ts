import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/lib/article/segment.ts';

const bodies = (raw: string) => segmentArticle(raw).paragraphs.map((p) => p.text);

const PARA_A =
	'The council voted on Tuesday to close the old harbour bridge to traffic after engineers found corrosion in its supports.';
const PARA_B =
	'Residents said the closure would add half an hour to their daily journeys, and local shops fear losing customers.';

describe('boilerplate rules on other articles', () => {
	it.each([
		'We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.',
		'This site uses cookies and similar technologies. Manage settings',
		'We and our partners store and/or access information on a device, such as cookies, and process personal data.',
		'By clicking "Accept all", you consent to the use of cookies for analytics and personalised ads.',
		'Your privacy choices: we use tracking technologies to measure audiences.',
		'Cookies help us deliver our services. By using our services, you agree to our use of cookies.'
	])('removes the consent banner %j', (banner) => {
		const seg = segmentArticle(`${banner}\n${PARA_A}\n${PARA_B}`);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.removed).toEqual([{ line: 1, text: banner, reason: 'consent-banner' }]);
	});

	it.each([
		['<img src="https://cdn.example.org/bridge.jpg" alt="The bridge">', 'image'],
		['<img src="bridge.jpg" />', 'image'],
		['<figure><img src="bridge.jpg"></figure>', 'image'],
		['![The harbour bridge at dusk](https://cdn.example.org/bridge.jpg)', 'image'],
		['https://cdn.example.org/photos/bridge-2025.webp', 'image'],
		[
			'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk',
			'data-uri'
		],
		[
			'url(data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7)',
			'data-uri'
		]
	])('removes the image line %j', (line, reason) => {
		const seg = segmentArticle(`${PARA_A}\n${line}\n${PARA_B}`);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.removed).toEqual([{ line: 2, text: line, reason }]);
	});

	it.each([
		'Image source, Getty Images',
		'Image caption, Engineers inspected the bridge on Monday',
		'Photo credit: Reuters',
		'Picture caption: The harbour at dawn',
		'Getty Images',
		'Reuters',
		'AFP via Getty Images',
		'EPA/Shutterstock',
		'Media caption, The mayor speaks to reporters'
	])('removes the caption %j', (line) => {
		const seg = segmentArticle(`${PARA_A}\n${line}\n${PARA_B}`);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.removed.map((r) => r.reason)).toEqual(['caption']);
	});

	it.each(['The Coast Gazette', 'CNN', 'Al Jazeera', 'The New York Times'])(
		'removes the masthead %j before the body',
		(line) => {
			const seg = segmentArticle(`${line}\n${PARA_A}\n${PARA_B}`);
			expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
			expect(seg.removed).toEqual([{ line: 1, text: line, reason: 'masthead' }]);
		}
	);

	it.each([
		'Share',
		'Share this article',
		'Subscribe now',
		'Sign up',
		'Follow us on Instagram',
		'Skip to main content',
		'Advertisement',
		'Listen to this article',
		'Copy link',
		'Share on Facebook',
		'Share via Email',
		'Published 2 hours ago',
		'Updated 28 February 2025, 14:05 GMT',
		'© 2025 The Coast Gazette'
	])('removes the page-chrome line %j', (line) => {
		const seg = segmentArticle(`${PARA_A}\n${line}\n${PARA_B}`);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.removed.map((r) => r.reason)).toEqual(['page-chrome']);
	});

	it('removes the caption text that follows a bare caption label', () => {
		const raw = [
			PARA_A,
			'Image source,',
			'Getty Images',
			'Image caption,',
			'The bridge was built in 1902',
			PARA_B
		].join('\n');
		const seg = segmentArticle(raw);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.removed.map((r) => [r.line, r.reason])).toEqual([
			[2, 'caption'],
			[3, 'caption'],
			[4, 'caption'],
			[5, 'caption']
		]);
	});

	it.each([
		'By Jane Doe',
		'By Jane Doe, BBC News',
		'By Jane Doe and John Roe, Washington correspondents',
		'BY MARÍA LÓPEZ'
	])('removes the byline %j before the body', (line) => {
		const seg = segmentArticle(`${line}\n${PARA_A}\n${PARA_B}`);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.removed).toEqual([{ line: 1, text: line, reason: 'masthead' }]);
	});

	it('keeps clutter of several kinds apart and in line order', () => {
		const raw = [
			'We use cookies on this website. Accept all',
			'Coast Gazette',
			'<img src="bridge.jpg">',
			'Image caption, The bridge',
			PARA_A,
			'Share',
			PARA_B
		].join('\n');
		const seg = segmentArticle(raw);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.removed.map((r) => [r.line, r.reason])).toEqual([
			[1, 'consent-banner'],
			[2, 'masthead'],
			[3, 'image'],
			[4, 'caption'],
			[6, 'page-chrome']
		]);
	});
});

describe('false-positive guards: body text stays', () => {
	it.each([
		'The bakery on Mill Street sold out of its chocolate chip cookies within an hour of opening on Saturday.',
		'Regulators said the site had used tracking cookies without consent, and fined the company £2m.',
		'The court heard that users were asked to accept cookies before they could read the privacy policy.',
		'Campaigners say consent banners wear people down until they accept tracking.',
		'He refused.',
		'"No," she said.',
		'Share prices fell sharply on Monday after the announcement.',
		'Reuters reported that the talks had stalled over the weekend, citing two officials.',
		'Getty Images, the photo agency, said it would appeal the ruling.',
		'Images from the scene showed a collapsed roof and cars buried under rubble.',
		'Subscribers to the service will pay more from April.',
		'Search teams found the missing walkers late on Sunday.',
		'The data: 12% of voters changed their minds in the final week.',
		'Reuters said the talks had stalled.',
		'AFP reported that two people were hurt',
		'Share of the vote fell to 12%.',
		'Published figures show inflation rose to 3% in 2024.',
		'Updated guidance was issued on 3 March.',
		'By Friday, the talks had collapsed.',
		'By the time the police arrived the crowd had gone',
		'Image quality is poor in the footage, the court heard.'
	])('keeps %j', (text) => {
		expect(bodies(`${PARA_A}\n${text}\n${PARA_B}`)).toEqual([PARA_A, text, PARA_B]);
	});

	it('keeps a first paragraph that starts with "By" but is a sentence', () => {
		const text = 'By Monday evening the council had reversed its decision.';
		expect(bodies(`${text}\n${PARA_A}`)).toEqual([text, PARA_A]);
	});

	it('keeps a line after a caption label that is blank-separated from it', () => {
		expect(bodies(`Image caption,\n\n${PARA_A}`)).toEqual([PARA_A]);
	});

	it('keeps a short real first paragraph that is a sentence', () => {
		expect(bodies(`He refused.\n${PARA_A}`)).toEqual(['He refused.', PARA_A]);
		expect(bodies(`It is over.\n\n${PARA_A}`)).toEqual(['It is over.', PARA_A]);
	});

	it('does not treat a title-case line inside the body as a masthead', () => {
		expect(bodies(`${PARA_A}\nThe New York Times\n${PARA_B}`)).toEqual([
			PARA_A,
			'The New York Times',
			PARA_B
		]);
	});

	it('keeps a paragraph that merely contains an image URL in a sentence', () => {
		const text = 'The photo, published at https://example.org/bridge.jpg, went viral.';
		expect(bodies(`${PARA_A}\n${text}`)).toEqual([PARA_A, text]);
	});

	it('gives an article of clutter only no paragraphs, and reports every line', () => {
		const seg = segmentArticle('We use cookies on our site. Accept\n<img src="a.png">\nShare\n');
		expect(seg.paragraphs).toEqual([]);
		expect(seg.removed).toHaveLength(3);
	});
});
