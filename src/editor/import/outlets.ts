import type { Side } from '../../domain/vocabulary.ts';
import type { Article } from './article.ts';

/**
 * News outlets the importer recognises, by address and by name. `side` follows the research rulings on
 * sources: `china` for Chinese state media and government, `dprk` for North Korea's, `other` for everyone else.
 */
interface Outlet {
  name: string;
  side: Side;
  hosts: readonly string[];
  /** Other ways the text names it, as a credit or a byline. */
  aliases?: readonly string[];
}

const OUTLETS: readonly Outlet[] = [
  { name: 'Xinhua', side: 'china', hosts: ['news.cn', 'xinhuanet.com'], aliases: ['Xinhua News Agency'] },
  { name: "People's Daily", side: 'china', hosts: ['people.com.cn', 'people.cn'], aliases: ["People's Daily Online"] },
  { name: 'Global Times', side: 'china', hosts: ['globaltimes.cn'] },
  { name: 'China Daily', side: 'china', hosts: ['chinadaily.com.cn'] },
  { name: 'CGTN', side: 'china', hosts: ['cgtn.com'] },
  { name: 'CCTV', side: 'china', hosts: ['cctv.com', 'cctv.cn'], aliases: ['China Central Television'] },
  { name: 'China News Service', side: 'china', hosts: ['chinanews.com.cn', 'chinanews.com', 'ecns.cn'] },
  { name: 'CRI', side: 'china', hosts: ['cri.cn'], aliases: ['China Radio International'] },
  { name: 'Chinese Ministry of Foreign Affairs', side: 'china', hosts: ['fmprc.gov.cn', 'mfa.gov.cn'] },
  { name: 'PLA Daily', side: 'china', hosts: ['81.cn'] },
  { name: 'KCNA', side: 'dprk', hosts: ['kcna.kp', 'kcna.co.jp'], aliases: ['Korean Central News Agency'] },
  { name: 'Rodong Sinmun', side: 'dprk', hosts: ['rodong.rep.kp'] },
  { name: 'Voice of Korea', side: 'dprk', hosts: ['vok.rep.kp'] },
  { name: 'Pyongyang Times', side: 'dprk', hosts: ['pyongyangtimes.com.kp'], aliases: ['The Pyongyang Times'] },
  { name: 'Naenara', side: 'dprk', hosts: ['naenara.com.kp'] },
  { name: 'DPRK Ministry of Foreign Affairs', side: 'dprk', hosts: ['mfa.gov.kp'] },
  { name: 'Yonhap', side: 'other', hosts: ['yna.co.kr', 'yonhapnews.co.kr'], aliases: ['Yonhap News Agency'] },
  { name: 'KBS World', side: 'other', hosts: ['kbs.co.kr'] },
  { name: 'Korea JoongAng Daily', side: 'other', hosts: ['joins.com', 'joongang.co.kr'] },
  { name: 'The Korea Herald', side: 'other', hosts: ['koreaherald.com'], aliases: ['Korea Herald'] },
  { name: 'The Korea Times', side: 'other', hosts: ['koreatimes.co.kr'], aliases: ['Korea Times'] },
  { name: 'NK News', side: 'other', hosts: ['nknews.org'] },
  { name: 'Reuters', side: 'other', hosts: ['reuters.com'] },
  { name: 'AP', side: 'other', hosts: ['apnews.com'], aliases: ['Associated Press'] },
  { name: 'AFP', side: 'other', hosts: ['afp.com'], aliases: ['Agence France-Presse'] },
  { name: 'The Guardian', side: 'other', hosts: ['theguardian.com'] },
  { name: 'BBC', side: 'other', hosts: ['bbc.com', 'bbc.co.uk'] },
  { name: 'South China Morning Post', side: 'other', hosts: ['scmp.com'] },
  { name: 'The Straits Times', side: 'other', hosts: ['straitstimes.com'], aliases: ['Straits Times'] },
  { name: 'Devdiscourse', side: 'other', hosts: ['devdiscourse.com'], aliases: ['Devdiscourse News Desk'] },
  { name: 'CTN News', side: 'other', hosts: ['chiangraitimes.com'], aliases: ['Chiang Rai Times'] },
  { name: 'Press TV', side: 'other', hosts: ['presstv.ir', 'presstv.com'] },
  { name: 'GlobalPost', side: 'other', hosts: ['globalpost.com'] },
  { name: 'KCNA Watch', side: 'other', hosts: ['kcnawatch.org'] },
];

/** Who published a report and whose account it is, with what each rests on. */
export interface Publisher {
  name: string;
  /** Left out where the publisher does not decide it. */
  side: Side;
  /** Why this name: where it was found. */
  basis: string;
  /** Why this side. */
  sideBasis: string;
}

/** The host of an address without `www.`, or undefined when it is not an address. */
function hostOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return new URL(url).hostname.toLowerCase().replace(/^www\d?\.|^m\./, '');
}

const byHost = (host: string) =>
  OUTLETS.find((outlet) => outlet.hosts.some((known) => host === known || host.endsWith(`.${known}`)));

const namesOf = (outlet: Outlet) => [outlet.name, ...(outlet.aliases ?? [])];

/** A known outlet the text names, as a whole phrase. */
function byName(text: string): Outlet | undefined {
  const matches = OUTLETS.flatMap((outlet) =>
    namesOf(outlet).map((name) => ({ outlet, at: indexOfPhrase(text, name) })),
  ).filter(({ at }) => at !== -1);
  matches.sort((a, b) => a.at - b.at);
  return matches[0]?.outlet;
}

function indexOfPhrase(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  return text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'));
}

/**
 * An agency credited at the start of the story ("BEIJING, June 17 (Xinhua) --", "(CTN News) –"), or on a
 * "Source:" line: the outlet whose text this is.
 */
function creditOf(article: Article): { name: string; outlet: Outlet | undefined; where: string } | undefined {
  const first = article.paragraphs[0] ?? '';
  const credit = /^[^()]{0,60}?\(([^()]{2,40})\)\s*(?:--|–|—|-)/.exec(first);
  if (credit) {
    const name = credit[1]!.trim();
    return { name, outlet: byName(name), where: `the credit "(${name})" opening the story` };
  }
  for (const line of article.header) {
    const source = /^source:\s*([^|]+)/i.exec(line);
    if (source) {
      const name = source[1]!.trim();
      return { name, outlet: byName(name), where: `the line "Source: ${name}"` };
    }
  }
  return undefined;
}

const SIDE_WORDS: Record<Side, string> = {
  china: 'a Chinese state outlet',
  dprk: 'a North Korean state outlet',
  other: 'not a Chinese or North Korean state outlet',
};

/**
 * The report's publisher and whose account it is. The outlet whose text it is comes first: an agency credited
 * at the start of the story, else the outlet the address belongs to, else one a byline names; a page that
 * carries another outlet's text is named as the relay (`Xinhua (via hotsrq.com)`), and counts as that outlet's
 * account, as the research rulings ask.
 */
export function publisherOf(article: Article, url: string | undefined): Publisher | undefined {
  const host = hostOf(url ?? article.meta.url);
  const site = host ? byHost(host) : undefined;
  const siteName = site?.name ?? article.meta.siteName ?? host;
  const credit = creditOf(article);
  const byline = site || credit ? undefined : byName(article.header.join('\n'));
  const original = credit
    ? { name: credit.outlet?.name ?? credit.name, outlet: credit.outlet, where: credit.where }
    : byline
      ? { name: byline.name, outlet: byline, where: 'a byline at the top of the page' }
      : undefined;
  if (original && !(site && original.outlet === site)) {
    const side = original.outlet?.side ?? 'other';
    const relay = siteName && foldName(siteName) !== foldName(original.name) ? siteName : undefined;
    return {
      name: relay ? `${original.name} (via ${relay})` : original.name,
      side,
      basis: relay ? `${original.where}, on a page of ${relay}` : original.where,
      sideBasis:
        `${original.name} is ${SIDE_WORDS[side]}` +
        (relay && side !== 'other'
          ? ', and a page carrying its text word for word counts as its account (check that this one does)'
          : ''),
    };
  }
  if (!siteName) return undefined;
  const side = site?.side ?? 'other';
  const basis = site
    ? `the address (${host})`
    : article.meta.siteName
      ? "the page's own name in its markup"
      : `the address (${host}); give the outlet's own name`;
  return { name: siteName, side, basis, sideBasis: `${siteName} is ${SIDE_WORDS[side]}` };
}

const foldName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
