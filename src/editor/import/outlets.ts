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
  {
    name: 'Xinhua',
    side: 'china',
    hosts: ['news.cn', 'xinhuanet.com'],
    aliases: ['Xinhua News Agency', 'New China News Agency', '新华社', '新華社', '新华通讯社', '신화통신', '신화사'],
  },
  {
    name: "People's Daily",
    side: 'china',
    hosts: ['people.com.cn', 'people.cn', 'pdnews.cn'],
    aliases: ["People's Daily Online", '人民日报', '人民日報', '人民网', '人民網', '인민일보'],
  },
  { name: 'Global Times', side: 'china', hosts: ['globaltimes.cn'], aliases: ['环球时报', '環球時報'] },
  { name: 'China Daily', side: 'china', hosts: ['chinadaily.com.cn'], aliases: ['中国日报'] },
  { name: 'CGTN', side: 'china', hosts: ['cgtn.com'] },
  {
    name: 'CCTV',
    side: 'china',
    hosts: ['cctv.com', 'cctv.cn'],
    aliases: ['China Central Television', '央视网', '央視網', '中央电视台'],
  },
  {
    name: 'China News Service',
    side: 'china',
    hosts: ['chinanews.com.cn', 'chinanews.com', 'ecns.cn'],
    aliases: ['中新网', '中新網', '中新社', '中国新闻社'],
  },
  { name: 'CRI', side: 'china', hosts: ['cri.cn'], aliases: ['China Radio International'] },
  { name: 'China.org.cn', side: 'china', hosts: ['china.org.cn'] },
  { name: 'China.com', side: 'china', hosts: ['china.com'] },
  { name: 'Yanbian Daily', side: 'china', hosts: ['iybrb.com'], aliases: ['延边日报', '연변일보'] },
  { name: 'Chinese Ministry of Foreign Affairs', side: 'china', hosts: ['fmprc.gov.cn', 'mfa.gov.cn'] },
  {
    name: 'International Department of the CPC Central Committee',
    side: 'china',
    hosts: ['idcpc.org.cn', 'idcpc.gov.cn'],
    aliases: ['中联部', '中共中央对外联络部'],
  },
  { name: 'PLA Daily', side: 'china', hosts: ['81.cn'] },
  {
    name: 'KCNA',
    side: 'dprk',
    hosts: ['kcna.kp', 'kcna.co.jp'],
    aliases: ['Korean Central News Agency', 'KCNA.kp', '朝中社', '조선중앙통신', '조선중앙통신사'],
  },
  { name: 'Rodong Sinmun', side: 'dprk', hosts: ['rodong.rep.kp'], aliases: ['로동신문', '劳动新闻'] },
  { name: 'Voice of Korea', side: 'dprk', hosts: ['vok.rep.kp'] },
  { name: 'Pyongyang Times', side: 'dprk', hosts: ['pyongyangtimes.com.kp'], aliases: ['The Pyongyang Times'] },
  { name: 'Naenara', side: 'dprk', hosts: ['naenara.com.kp'] },
  { name: 'Uriminzokkiri', side: 'dprk', hosts: ['uriminzokkiri.com'] },
  { name: 'DPRK Ministry of Foreign Affairs', side: 'dprk', hosts: ['mfa.gov.kp'] },
  {
    name: 'Yonhap',
    side: 'other',
    hosts: ['yna.co.kr', 'yonhapnews.co.kr'],
    aliases: ['Yonhap News Agency', '연합뉴스', '연합', '韓聯社', '韩联社'],
  },
  { name: 'KBS World', side: 'other', hosts: ['world.kbs.co.kr'] },
  { name: 'KBS', side: 'other', hosts: ['kbs.co.kr'], aliases: ['Korean Broadcasting System'] },
  { name: 'MBC', side: 'other', hosts: ['imbc.com'] },
  { name: 'SBS', side: 'other', hosts: ['sbs.co.kr'] },
  { name: 'YTN', side: 'other', hosts: ['ytn.co.kr'] },
  { name: 'Korea JoongAng Daily', side: 'other', hosts: ['joins.com', 'joongang.co.kr'] },
  { name: 'The Korea Herald', side: 'other', hosts: ['koreaherald.com'], aliases: ['Korea Herald'] },
  { name: 'The Korea Times', side: 'other', hosts: ['koreatimes.co.kr', 'koreatimes.com'], aliases: ['Korea Times'] },
  { name: 'The Dong-A Ilbo', side: 'other', hosts: ['donga.com'], aliases: ['Dong-A Ilbo', '동아일보'] },
  { name: 'The Chosun Ilbo', side: 'other', hosts: ['chosun.com'], aliases: ['Chosun Ilbo', '조선일보'] },
  { name: 'The Hankyoreh', side: 'other', hosts: ['hani.co.kr'], aliases: ['Hankyoreh', '한겨레'] },
  { name: 'Hankook Ilbo', side: 'other', hosts: ['hankookilbo.com'], aliases: ['한국일보'] },
  { name: 'Seoul Shinmun', side: 'other', hosts: ['seoul.co.kr'], aliases: ['서울신문'] },
  { name: 'HuffPost Korea', side: 'other', hosts: ['huffingtonpost.kr'], aliases: ['허프포스트코리아'] },
  { name: 'Newstown', side: 'other', hosts: ['newstown.co.kr'], aliases: ['뉴스타운'] },
  { name: 'NK News', side: 'other', hosts: ['nknews.org'] },
  { name: 'Daily NK', side: 'other', hosts: ['dailynk.com'] },
  { name: 'Reuters', side: 'other', hosts: ['reuters.com'], aliases: ['路透社', '로이터'] },
  { name: 'AP', side: 'other', hosts: ['apnews.com'], aliases: ['Associated Press'] },
  { name: 'AFP', side: 'other', hosts: ['afp.com'], aliases: ['Agence France-Presse'] },
  { name: 'UPI', side: 'other', hosts: ['upi.com'], aliases: ['United Press International'] },
  { name: 'Sputnik', side: 'other', hosts: ['sputniknews.com'] },
  { name: 'Kyodo', side: 'other', hosts: ['kyodonews.net'], aliases: ['Kyodo News', '共同社'] },
  { name: 'The Guardian', side: 'other', hosts: ['theguardian.com'] },
  { name: 'BBC', side: 'other', hosts: ['bbc.com', 'bbc.co.uk'] },
  { name: 'The Baltimore Sun', side: 'other', hosts: ['baltimoresun.com'], aliases: ['Baltimore Sun'] },
  { name: 'The Irish Times', side: 'other', hosts: ['irishtimes.com'] },
  { name: 'Voice of America', side: 'other', hosts: ['voanews.com'], aliases: ['VOA'] },
  { name: 'The Business Times', side: 'other', hosts: ['businesstimes.com.sg'], aliases: ['Business Times'] },
  { name: 'Hürriyet Daily News', side: 'other', hosts: ['hurriyetdailynews.com'] },
  { name: 'A News', side: 'other', hosts: ['anews.com.tr'] },
  { name: 'UrduPoint', side: 'other', hosts: ['urdupoint.com'], aliases: ['UrduPoint News', 'UrduPoint.com'] },
  { name: 'South China Morning Post', side: 'other', hosts: ['scmp.com'] },
  { name: 'Ming Pao', side: 'other', hosts: ['mingpao.com'], aliases: ['明報', '明报', '明報新聞網'] },
  { name: 'Sing Tao Daily', side: 'other', hosts: ['stheadline.com'], aliases: ['星島日報', '星岛日报'] },
  { name: 'HK01', side: 'other', hosts: ['hk01.com'] },
  { name: 'United Daily News', side: 'other', hosts: ['udn.com'], aliases: ['聯合報', '联合报'] },
  { name: 'CTS', side: 'other', hosts: ['cts.com.tw'], aliases: ['華視', '华视', '華視新聞'] },
  { name: 'Anue', side: 'other', hosts: ['cnyes.com'], aliases: ['鉅亨網', '钜亨网'] },
  { name: 'China Review News Agency', side: 'other', hosts: ['crntt.com'], aliases: ['中评社', '中評社', 'CRNTT'] },
  { name: 'NTD', side: 'other', hosts: ['ntdtv.com'], aliases: ['New Tang Dynasty Television', '新唐人'] },
  { name: 'The Epoch Times', side: 'other', hosts: ['epochtimes.com'], aliases: ['Epoch Times', '大紀元', '大纪元'] },
  { name: 'Renminbao', side: 'other', hosts: ['renminbao.com'], aliases: ['人民報', '人民报'] },
  { name: 'The Straits Times', side: 'other', hosts: ['straitstimes.com'], aliases: ['Straits Times'] },
  { name: 'Devdiscourse', side: 'other', hosts: ['devdiscourse.com'], aliases: ['Devdiscourse News Desk'] },
  { name: 'CTN News', side: 'other', hosts: ['chiangraitimes.com'], aliases: ['Chiang Rai Times'] },
  { name: 'Press TV', side: 'other', hosts: ['presstv.ir', 'presstv.com'] },
  { name: 'GlobalPost', side: 'other', hosts: ['globalpost.com'] },
  { name: 'KCNA Watch', side: 'other', hosts: ['kcnawatch.org'] },
  { name: 'KFA UK', side: 'other', hosts: ['kfauk.com'], aliases: ['Korean Friendship Association UK'] },
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

/** The host of an address without `www.`, `m.` or `3g.`, or undefined when it is not an address. */
function hostOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return new URL(url).hostname.toLowerCase().replace(/^(?:www\d?|m|3g|wap)\./, '');
}

/** A host as a relay is named: its registrable part (`bj.crntt.com` is `crntt.com`, `news.kbs.co.kr` stays). */
function siteOfHost(host: string): string {
  const labels = host.split('.');
  const keep = /^(?:co|com|org|net|gov|ac|or|go)$/.test(labels.at(-2) ?? '') ? 3 : 2;
  return labels.slice(-keep).join('.');
}

const byHost = (host: string) =>
  OUTLETS.find((outlet) => outlet.hosts.some((known) => host === known || host.endsWith(`.${known}`)));

const namesOf = (outlet: Outlet) => [outlet.name, ...(outlet.aliases ?? [])];

/** Whether a line is only an outlet's name, as a masthead is (`The Korea Herald`, `明報新聞網`). */
export function isMasthead(line: string): boolean {
  const folded = foldName(line);
  return (
    folded !== '' &&
    OUTLETS.some((outlet) => [...namesOf(outlet), ...outlet.hosts].some((name) => foldName(name) === folded))
  );
}

/** A known outlet the text names, as a whole phrase (CJK names anywhere); the first named, or the last. */
function byName(text: string, which: 'first' | 'last' = 'first'): Outlet | undefined {
  const matches = OUTLETS.flatMap((outlet) =>
    namesOf(outlet).map((name) => ({ outlet, at: indexOfPhrase(text, name), length: name.length })),
  ).filter(({ at }) => at !== -1);
  matches.sort((a, b) => a.at - b.at || b.length - a.length);
  return which === 'first' ? matches[0]?.outlet : matches.at(-1)?.outlet;
}

function indexOfPhrase(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  if (/[\p{Script=Han}\p{Script=Hangul}]/u.test(phrase)) return text.search(new RegExp(escaped, 'u'));
  return text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'));
}

type Credit = { name: string; outlet: Outlet | undefined; where: string };

/**
 * The agency whose text this is, where the page credits one: in brackets or parentheses opening the story
 * (`BEIJING, June 17 (Xinhua) --`, `【人民報訊】`, `[북경 9월 9일발 신화통신]`, `中新网9月2日电`, `베이징 연합`),
 * on a `Source:` or `来源:` line, a `By Yonhap` byline, or a date line ending with an agency's name.
 * `site` is the outlet the address belongs to: a credit naming it and another (`UrduPoint News / Sputnik`)
 * gives the other.
 */
function creditOf(article: Article, site: Outlet | undefined): Credit | undefined {
  const first = article.paragraphs[0] ?? '';
  const other = (text: string) => {
    const outlets = OUTLETS.flatMap((outlet) =>
      namesOf(outlet).map((name) => ({ outlet, at: indexOfPhrase(text, name) })),
    )
      .filter(({ at, outlet }) => at !== -1 && outlet !== site)
      .sort((a, b) => b.at - a.at);
    return outlets[0]?.outlet ?? (site && byName(text) === site ? site : undefined);
  };
  const opening = [
    /^[^()]{0,60}?\(([^()]{2,60})\)\s*(?:--|–|—|-)/,
    /^[A-Z][A-Z .'-]{2,30}\s*\(([^()]{2,60})\)/,
    /^\s*[【\[]([^】\]]{1,40})[】\]]/,
    /^\s*((?:中新网|中新網|新华社|新華社|人民网|人民網|央视网|央視網)[^\d]{0,8}\d{1,2}月\d{1,2}日[电電])/,
    /^\s*[가-힣]{2,4}\s*=?\s*(연합뉴스|연합)/,
  ];
  for (const pattern of opening) {
    const match = pattern.exec(first);
    const outlet = match && other(match[1]!);
    if (match && outlet)
      return { name: outlet.name, outlet, where: `the credit "${match[0].trim()}" opening the story` };
    if (match && pattern === opening[0]) {
      const name = match[1]!.trim();
      return { name, outlet: undefined, where: `the credit "(${name})" opening the story` };
    }
  }
  for (const line of article.header) {
    const source =
      /^(?:source|来源|來源|新聞來源)\s*[:：]\s*([^|]+)/i.exec(line) ?? /\|\s*source\s*:\s*([^|]+)/i.exec(line);
    const byline = /^by\s+(.+)$/i.exec(line);
    const dated = /\d{2}:\d{2}(?::\d{2})?\s*\|?\s*([\p{L}. ]{2,30}?)\s*\|?\s*$/u.exec(line);
    for (const [match, where] of [
      [source, 'the source line'],
      [byline, 'the byline'],
      [dated, 'the date line'],
    ] as const) {
      if (!match) continue;
      const text = match[1]!.trim().split(/\s+/)[0]!;
      const whole = match[1]!.trim();
      const host =
        URL.canParse(`https://${text}`) && /\.[a-z]{2,}$/i.test(text)
          ? byHost(hostOf(`https://${text}`) ?? '')
          : undefined;
      const outlet = host ?? byName(whole);
      if (outlet) return { name: outlet.name, outlet, where: `${where} "${line.trim()}"` };
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
  // A page named in its markup (`og:site_name: Global Times`) is that outlet even without its address.
  const site = (host ? byHost(host) : undefined) ?? (article.meta.siteName ? byName(article.meta.siteName) : undefined);
  const siteName = site?.name ?? article.meta.siteName ?? (host ? siteOfHost(host) : undefined);
  const credit = creditOf(article, site);
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
    ? host
      ? `the address (${host})`
      : `the page's own name in its markup (${article.meta.siteName})`
    : article.meta.siteName
      ? "the page's own name in its markup"
      : `the address (${host}); give the outlet's own name`;
  return { name: siteName, side, basis, sideBasis: `${siteName} is ${SIDE_WORDS[side]}` };
}

const foldName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
