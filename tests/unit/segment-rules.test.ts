import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/lib/article/segment.ts';

const bodies = (raw: string) => segmentArticle(raw).paragraphs.map((p) => p.text);

const PARA_A =
	'The council voted on Tuesday to close the old harbour bridge to traffic after engineers found corrosion in its supports.';
const PARA_B =
	'Residents said the closure would add half an hour to their daily journeys, and local shops fear losing customers.';
const PARA_C = 'The mayor promised a temporary ferry service within a month.';

describe('paragraph splitting', () => {
	it('splits blank-line separated paragraphs and numbers them from 1', () => {
		const seg = segmentArticle(`${PARA_A}\n\n${PARA_B}\n\n\n${PARA_C}\n`);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B, PARA_C]);
		expect(seg.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
		expect(seg.paragraphs.map((p) => p.line)).toEqual([1, 3, 6]);
		expect(seg.removed).toEqual([]);
	});

	it('splits one paragraph per line when there are no blank lines', () => {
		expect(bodies(`${PARA_A}\n${PARA_B}\n${PARA_C}`)).toEqual([PARA_A, PARA_B, PARA_C]);
	});

	it('joins hard-wrapped lines into one paragraph', () => {
		const wrapped = [
			'The council voted on Tuesday to close the old harbour',
			'bridge to traffic after engineers found corrosion in its',
			'supports.',
			'',
			'Residents said the closure would add half an hour to',
			'their daily journeys, and local shops fear losing',
			'customers.'
		].join('\n');
		expect(bodies(wrapped)).toEqual([PARA_A, PARA_B]);
	});

	it('joins a wrapped block even where a line ends with a full stop', () => {
		const wrapped = [
			'The council voted on Tuesday to close the old harbour',
			'bridge. Engineers had found corrosion in its supports',
			'during a routine inspection.',
			'',
			'Residents said the closure would add half an hour to',
			'their daily journeys. Local shops fear losing',
			'Saturday customers.'
		].join('\n');
		expect(bodies(wrapped)).toEqual([
			'The council voted on Tuesday to close the old harbour bridge. Engineers had found corrosion in its supports during a routine inspection.',
			'Residents said the closure would add half an hour to their daily journeys. Local shops fear losing Saturday customers.'
		]);
	});

	it('keeps one-line paragraphs apart when blank lines only mark sections', () => {
		const raw = `${PARA_A}\n${PARA_B}\n\n${PARA_C}\n${PARA_A}\n\n${PARA_B}`;
		expect(bodies(raw)).toEqual([PARA_A, PARA_B, PARA_C, PARA_A, PARA_B]);
	});

	it('keeps a short line that wraps on to a lower-case continuation', () => {
		expect(bodies('The minister said that\nthe plan would go ahead.')).toEqual([
			'The minister said that the plan would go ahead.'
		]);
	});

	it('reads CRLF and lone CR line ends like LF', () => {
		expect(bodies(`${PARA_A}\r\n\r\n${PARA_B}\r\n`)).toEqual([PARA_A, PARA_B]);
		expect(bodies(`${PARA_A}\r\r${PARA_B}`)).toEqual([PARA_A, PARA_B]);
	});

	it('drops a byte-order mark without changing the first paragraph', () => {
		const seg = segmentArticle(`\uFEFF${PARA_A}\n\n${PARA_B}`);
		expect(seg.paragraphs[0]!.text).toBe(PARA_A);
		expect(seg.paragraphs[0]!.line).toBe(1);
	});

	it('trims trailing white space and tabs but keeps the words', () => {
		expect(bodies(`${PARA_A}  \t\n\n  ${PARA_B}`)).toEqual([PARA_A, PARA_B]);
	});
});

describe('header block', () => {
	const header = [
		'title: Harbour bridge to close',
		'outlet: The Coast Gazette',
		'source: https://example.org/bridge',
		'published: 2025-03-04',
		'---',
		''
	].join('\n');

	it('reads key: value lines closed by --- as metadata, not body', () => {
		const seg = segmentArticle(`${header}${PARA_A}\n\n${PARA_B}`);
		expect(seg.header).toEqual({
			title: 'Harbour bridge to close',
			outlet: 'The Coast Gazette',
			source: 'https://example.org/bridge',
			published: '2025-03-04'
		});
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.paragraphs[0]!.line).toBe(6);
		expect(seg.removed.map((r) => [r.line, r.reason])).toEqual([
			[1, 'header'],
			[2, 'header'],
			[3, 'header'],
			[4, 'header'],
			[5, 'header']
		]);
	});

	it('reads a header under a byte-order mark and CRLF line ends', () => {
		const seg = segmentArticle(`\uFEFF${header.replace(/\n/g, '\r\n')}${PARA_A}`);
		expect(seg.header?.title).toBe('Harbour bridge to close');
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A]);
	});

	it('treats header-like lines without a closing --- as body', () => {
		const raw = `Update: ${PARA_A}\nWarning: ${PARA_B}`;
		const seg = segmentArticle(raw);
		expect(seg.header).toBeNull();
		expect(seg.paragraphs.map((p) => p.text)).toEqual([`Update: ${PARA_A}`, `Warning: ${PARA_B}`]);
	});

	it('does not read a --- later in the body as a header end', () => {
		const raw = `Note: the figures are provisional.\n${PARA_A}\n---\n${PARA_B}`;
		const seg = segmentArticle(raw);
		expect(seg.header).toBeNull();
		expect(seg.paragraphs[0]!.text).toBe('Note: the figures are provisional.');
		expect(seg.paragraphs.map((p) => p.text)).toContain(PARA_B);
	});
});

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
