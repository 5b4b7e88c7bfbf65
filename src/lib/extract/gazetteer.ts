/**
 * A small shipped gazetteer: countries with their ISO codes, the words an
 * article uses for them (names, nationality adjectives, capitals used for
 * governments), regions, parties and institutions. Facts, not rules.
 */
import { placeableCountries } from '../layout/geoCountries.ts';
import type { RegionName } from '../story/regions.ts';
import { GIVEN_NAMES } from './lexicon.ts';

/** One country: code, the names that mean the country, demonyms, capital. */
export interface Country {
	code: string;
	name: string;
	/** Names that denote the country or its government ("US", "America"). */
	names: string[];
	/** Nationality adjectives and plurals ("American", "Americans"). */
	demonyms: string[];
	/** The capital, used for the government ("Kyiv said…"). */
	capital?: string;
}

// code|name|other names|demonyms|capital
const TABLE = `US|United States|US,U.S.,USA,America,the United States,the US,Washington|American,Americans,US|Washington
UA|Ukraine|Kyiv,Kiev|Ukrainian,Ukrainians|Kyiv
RU|Russia|Russian Federation,Moscow,the Kremlin,Kremlin|Russian,Russians|Moscow
GB|United Kingdom|UK,U.K.,Britain,Great Britain,the UK,Downing Street|British,Briton,Britons|London
FR|France|Paris,the Elysee,Élysée|French|Paris
DE|Germany|Berlin|German,Germans|Berlin
PL|Poland|Warsaw|Polish,Poles|Warsaw
IT|Italy|Rome|Italian,Italians|Rome
ES|Spain|Madrid|Spanish,Spaniards|Madrid
NL|Netherlands|the Netherlands,The Hague|Dutch|The Hague
BE|Belgium|Brussels|Belgian,Belgians|
SE|Sweden|Stockholm|Swedish,Swedes|Stockholm
NO|Norway|Oslo|Norwegian,Norwegians|Oslo
DK|Denmark|Copenhagen|Danish,Danes|Copenhagen
FI|Finland|Helsinki|Finnish,Finns|Helsinki
EE|Estonia|Tallinn|Estonian,Estonians|Tallinn
LV|Latvia|Riga|Latvian,Latvians|Riga
LT|Lithuania|Vilnius|Lithuanian,Lithuanians|Vilnius
HU|Hungary|Budapest|Hungarian,Hungarians|Budapest
CZ|Czech Republic|Czechia,Prague|Czech,Czechs|Prague
RO|Romania|Bucharest|Romanian,Romanians|Bucharest
GR|Greece|Athens|Greek,Greeks|Athens
TR|Turkey|Türkiye,Ankara|Turkish,Turks|Ankara
IE|Ireland|Dublin|Irish|Dublin
PT|Portugal|Lisbon|Portuguese|Lisbon
AT|Austria|Vienna|Austrian,Austrians|Vienna
CH|Switzerland|Bern,Geneva|Swiss|Bern
CN|China|Beijing|Chinese|Beijing
JP|Japan|Tokyo|Japanese|Tokyo
KR|South Korea|Seoul|South Korean,South Koreans|Seoul
KP|North Korea|Pyongyang|North Korean,North Koreans|Pyongyang
IN|India|New Delhi,Delhi|Indian,Indians|New Delhi
PK|Pakistan|Islamabad|Pakistani,Pakistanis|Islamabad
IR|Iran|Tehran|Iranian,Iranians|Tehran
IL|Israel|Jerusalem|Israeli,Israelis|Jerusalem
PS|Palestine|Palestinian territories,Gaza,West Bank|Palestinian,Palestinians|
SA|Saudi Arabia|Riyadh|Saudi,Saudis|Riyadh
EG|Egypt|Cairo|Egyptian,Egyptians|Cairo
MA|Morocco|Rabat|Moroccan,Moroccans|Rabat
DZ|Algeria|Algiers|Algerian,Algerians|Algiers
TN|Tunisia|Tunis|Tunisian,Tunisians|Tunis
LY|Libya|Tripoli|Libyan,Libyans|Tripoli
QA|Qatar|Doha|Qatari,Qataris|Doha
AE|United Arab Emirates|UAE,Abu Dhabi|Emirati,Emiratis|Abu Dhabi
SY|Syria|Damascus|Syrian,Syrians|Damascus
IQ|Iraq|Baghdad|Iraqi,Iraqis|Baghdad
LB|Lebanon|Beirut|Lebanese|Beirut
JO|Jordan|Amman|Jordanian,Jordanians|Amman
CA|Canada|Ottawa|Canadian,Canadians|Ottawa
MX|Mexico|Mexico City|Mexican,Mexicans|Mexico City
BR|Brazil|Brasilia,Brasília|Brazilian,Brazilians|Brasília
AR|Argentina|Buenos Aires|Argentine,Argentinian,Argentines|Buenos Aires
CL|Chile|Santiago|Chilean,Chileans|Santiago
CO|Colombia|Bogota,Bogotá|Colombian,Colombians|Bogotá
VE|Venezuela|Caracas|Venezuelan,Venezuelans|Caracas
AU|Australia|Canberra|Australian,Australians|Canberra
NZ|New Zealand|Wellington|New Zealander,New Zealanders|Wellington
ZA|South Africa|Pretoria|South African,South Africans|Pretoria
NG|Nigeria|Abuja|Nigerian,Nigerians|Abuja
KE|Kenya|Nairobi|Kenyan,Kenyans|Nairobi
ET|Ethiopia|Addis Ababa|Ethiopian,Ethiopians|Addis Ababa
SD|Sudan|Khartoum|Sudanese|Khartoum
TW|Taiwan|Taipei|Taiwanese|Taipei
ID|Indonesia|Jakarta|Indonesian,Indonesians|Jakarta
PH|Philippines|the Philippines,Manila|Filipino,Filipinos|Manila
VN|Vietnam|Hanoi|Vietnamese|Hanoi
TH|Thailand|Bangkok|Thai|Bangkok
BY|Belarus|Minsk|Belarusian,Belarusians|Minsk
GE|Georgia|Tbilisi|Georgian,Georgians|Tbilisi
MD|Moldova|Chisinau|Moldovan,Moldovans|Chisinau
RS|Serbia|Belgrade|Serbian,Serbs|Belgrade
AF|Afghanistan|Kabul|Afghan,Afghans|Kabul`;

/** Every country of the gazetteer. */
export const COUNTRIES: Country[] = TABLE.split('\n').map((line) => {
	const [code, name, names, demonyms, capital] = line.split('|') as [
		string,
		string,
		string,
		string,
		string
	];
	return {
		code,
		name,
		names: [name, ...names.split(',').filter(Boolean)],
		demonyms: demonyms.split(',').filter(Boolean),
		capital: capital || undefined
	};
});

// code|other names|demonyms: for countries outside the table above, the names
// an article may use besides the English short name, and their nationality words.
const MORE = `CD|Democratic Republic of the Congo,DR Congo,DRC,Congo-Kinshasa|Congolese
CG|Republic of the Congo,Congo-Brazzaville|
CI|Ivory Coast,Cote d'Ivoire,Côte d'Ivoire|Ivorian,Ivorians
MM|Myanmar,Burma|Burmese
BA|Bosnia and Herzegovina,Bosnia|Bosnian,Bosnians
TT|Trinidad and Tobago,Trinidad|Trinidadian,Trinidadians
ST|Sao Tome and Principe,São Tomé and Príncipe|
AG|Antigua and Barbuda|
KN|Saint Kitts and Nevis,St Kitts and Nevis|
LC|Saint Lucia,St Lucia|
VC|Saint Vincent and the Grenadines|
HK|Hong Kong|
MO|Macau,Macao|
SZ|Eswatini,Swaziland|
TL|Timor-Leste,East Timor|
MK|North Macedonia,Macedonia|Macedonian,Macedonians
CV|Cape Verde,Cabo Verde|
VA|Vatican City,the Vatican,Holy See|
MY||Malaysian,Malaysians
SG||Singaporean,Singaporeans
LS||Basotho
ZW||Zimbabwean,Zimbabweans
ZM||Zambian,Zambians
MW||Malawian,Malawians
MZ||Mozambican,Mozambicans
AO||Angolan,Angolans
NA||Namibian,Namibians
BW||Botswanan
TZ||Tanzanian,Tanzanians
UG||Ugandan,Ugandans
RW||Rwandan,Rwandans
BI||Burundian,Burundians
SO||Somali,Somalis
DJ||Djiboutian
ER||Eritrean,Eritreans
SS||South Sudanese
GH||Ghanaian,Ghanaians
SN||Senegalese
ML||Malian,Malians
NE||Nigerien,Nigeriens
CM||Cameroonian,Cameroonians
LR||Liberian,Liberians
SL||Sierra Leonean,Sierra Leoneans
BF||Burkinabe
MG||Malagasy
KW||Kuwaiti,Kuwaitis
OM||Omani,Omanis
YE||Yemeni,Yemenis
BH||Bahraini,Bahrainis
CY||Cypriot,Cypriots
MT||Maltese
BD||Bangladeshi,Bangladeshis
LK||Sri Lankan,Sri Lankans
NP||Nepali,Nepalese
BT||Bhutanese
KH||Cambodian,Cambodians
LA||Laotian,Laotians
MN||Mongolian,Mongolians
BN||Bruneian
KZ||Kazakh,Kazakhs,Kazakhstani
UZ||Uzbek,Uzbeks
KG||Kyrgyz
TJ||Tajik,Tajiks
TM||Turkmen
AM||Armenian,Armenians
AZ||Azerbaijani,Azerbaijanis
BG||Bulgarian,Bulgarians
AL||Albanian,Albanians
HR||Croatian,Croatians,Croats
SI||Slovenian,Slovenians
SK||Slovak,Slovaks
ME||Montenegrin,Montenegrins
XK||Kosovar,Kosovars
IS||Icelandic,Icelanders
LU||Luxembourgish
PE||Peruvian,Peruvians
BO||Bolivian,Bolivians
EC||Ecuadorian,Ecuadorians,Ecuadorean
UY||Uruguayan,Uruguayans
PY||Paraguayan,Paraguayans
CU||Cuban,Cubans
HT||Haitian,Haitians
DO||Dominican,Dominicans
JM||Jamaican,Jamaicans
GT||Guatemalan,Guatemalans
HN||Honduran,Hondurans
SV||Salvadoran,Salvadorans
NI||Nicaraguan,Nicaraguans
CR||Costa Rican,Costa Ricans
PA||Panamanian,Panamanians
GY||Guyanese
FJ||Fijian,Fijians
PG||Papua New Guinean`;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const known = new Set(COUNTRIES.map((c) => c.code));
const more = new Map(
	MORE.split('\n').map((line) => {
		const [code, names, demonyms] = line.split('|') as [string, string, string];
		return [
			code,
			{ names: names.split(',').filter(Boolean), demonyms: demonyms.split(',').filter(Boolean) }
		];
	})
);
// Every other country the map can place, named as English names it (ICU's short
// name, with "&" as "and"), so that no country an article names is unknown to
// extraction while the map could draw it. A name that is also a given name
// ("Chad") is left out: it would read a person as a country.
for (const code of placeableCountries()) {
	if (known.has(code)) continue;
	const own = regionNames.of(code) ?? '';
	const extra = more.get(code);
	const plain = / - | SAR |\(/.test(own)
		? []
		: [own.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ')];
	const names = [...new Set([...plain, ...(extra?.names ?? [])])].filter(
		(n) => n && !GIVEN_NAMES.has(n)
	);
	if (!names.length) continue;
	COUNTRIES.push({ code, name: names[0]!, names, demonyms: extra?.demonyms ?? [] });
}

const byName = new Map<string, Country>();
const byDemonym = new Map<string, Country>();
for (const c of COUNTRIES) {
	for (const n of c.names) byName.set(n.replace(/^the /i, '').toLowerCase(), c);
	for (const d of c.demonyms) byDemonym.set(d.toLowerCase(), c);
}

/** The country a name denotes ("Britain", "the US", "Kyiv"), if any. */
export function countryByName(name: string): Country | undefined {
	return byName.get(
		name
			.replace(/^the /i, '')
			.replace(/['’]s$/, '')
			.toLowerCase()
	);
}

/** The country a nationality word names ("French", "Ukrainians"), if any. */
export function countryByDemonym(word: string): Country | undefined {
	return byDemonym.get(word.toLowerCase());
}

/** Regions for actors without one country. */
export const REGIONS: Record<string, RegionName> = {
	european: 'Europe',
	europe: 'Europe',
	eu: 'Europe',
	'european union': 'Europe',
	nato: 'North Atlantic',
	western: 'West',
	african: 'Africa',
	'african union': 'Africa',
	arab: 'Middle East',
	'arab league': 'Middle East',
	asian: 'Asia',
	'united nations': 'World',
	un: 'World',
	g7: 'World'
};

/** Parties and their country, by the plural word an article uses. */
export const PARTIES: Record<string, string> = {
	democrats: 'US',
	democrat: 'US',
	democratic: 'US',
	republicans: 'US',
	republican: 'US',
	gop: 'US',
	labour: 'GB',
	conservatives: 'GB',
	tories: 'GB',
	tory: 'GB',
	'lib dems': 'GB',
	'liberal democrats': 'GB',
	'reform uk': 'GB',
	snp: 'GB',
	cdu: 'DE',
	spd: 'DE',
	afd: 'DE',
	greens: '',
	likud: 'IL',
	'bharatiya janata party': 'IN',
	bjp: 'IN'
};

/**
 * The one name of a party that articles call by several ("the Tories" are the
 * Conservatives, "the GOP" the Republicans), by the word an article uses.
 */
export const PARTY_SAME_AS: Record<string, string> = {
	tory: 'Conservatives',
	tories: 'Conservatives',
	conservatives: 'Conservatives',
	gop: 'Republicans',
	republican: 'Republicans',
	republicans: 'Republicans',
	democrat: 'Democrats',
	democrats: 'Democrats',
	'lib dems': 'Liberal Democrats',
	'liberal democrats': 'Liberal Democrats'
};

/** Well-known bodies named by their initials, with region or country. */
export const INSTITUTIONS: Record<string, { country: string | null; region?: RegionName }> = {
	NATO: { country: null, region: 'North Atlantic' },
	EU: { country: null, region: 'Europe' },
	UN: { country: null, region: 'World' },
	'European Union': { country: null, region: 'Europe' },
	'United Nations': { country: null, region: 'World' },
	'European Commission': { country: null, region: 'Europe' },
	IMF: { country: null, region: 'World' },
	WHO: { country: null, region: 'World' },
	'World Health Organization': { country: null, region: 'World' },
	'World Bank': { country: null, region: 'World' },
	'Security Council': { country: null, region: 'World' },
	G7: { country: null, region: 'World' },
	'African Union': { country: null, region: 'Africa' },
	'Arab League': { country: null, region: 'Middle East' },
	Hamas: { country: 'PS' },
	Hezbollah: { country: 'LB' },
	Pentagon: { country: 'US' },
	Kremlin: { country: 'RU' },
	'White House': { country: 'US' },
	'State Department': { country: 'US' },
	Congress: { country: 'US' },
	Senate: { country: 'US' },
	'Downing Street': { country: 'GB' },
	// The prime minister's office by its door number.
	'No 10': { country: 'GB' },
	'Foreign Office': { country: 'GB' },
	Bundestag: { country: 'DE' },
	'Amnesty International': { country: null, region: 'World' },
	'Human Rights Watch': { country: null, region: 'World' },
	'Red Crescent': { country: null, region: 'World' },
	'Doctors Without Borders': { country: null, region: 'World' },
	Treasury: { country: null, region: 'Unknown' },
	'International Monetary Fund': { country: null, region: 'World' },
	'Red Cross': { country: null, region: 'World' }
};
