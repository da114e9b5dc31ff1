/**
 * The law around an ICS2 filing, as data: every time-limit, region list, roll-out date, waiver and filing
 * allocation that `src/calendar` uses, each row with its legal basis.
 *
 * Everything here is copied from `spec/legal.json` (articles, sources, confidence) and
 * `spec/filing-types.json` (ICD v3.30 Annex 1). Nothing in the calendar functions hard-codes a date, an hour
 * count, a region or a citation: they read this file. Where legal.json says a text was not read, or is
 * only reported by a secondary source, the citation carries that (`confidence`, `wording`, `note`).
 */
import { filingTypes, type FilingTypeCode as CatalogueFilingTypeCode, type FilingTypeEntry } from '../generated/catalogue';

/**
 * How sure we are of a legal fact, as in `spec/legal.json`:
 * - `confirmed`: the legal text (or an official consolidation) was read;
 * - `secondary`: from an official summary, a national customs page or a partly read text;
 * - `unverified`: not read; from memory, inference or an indirect reference.
 *
 * @example
 * ```ts
 * const c: Confidence = 'secondary';
 * ```
 */
export type Confidence = 'confirmed' | 'secondary' | 'unverified';

/**
 * Whether the wording of the cited provision itself was read.
 *
 * @example
 * ```ts
 * const w: Wording = 'not-read'; // DA Art. 109
 * ```
 */
export type Wording = 'read' | 'partly-read' | 'not-read';

/**
 * One public source, as listed in `spec/legal.json` (`sources`).
 *
 * @example
 * ```ts
 * const s: Source = SOURCES['ZOLL-TL'];
 * console.log(s.url);
 * ```
 */
export interface Source {
  title: string;
  publisher: string;
  url: string;
  date: string;
  note?: string;
}

/**
 * The legal basis of an answer.
 *
 * @example
 * ```ts
 * const c: Citation = CITATIONS.da108;
 * // { act: 'Commission Delegated Regulation (EU) 2015/2446 (UCC DA)', article: 'Art. 108', source: 'UK-108; ZOLL-TL', confidence: 'confirmed', wording: 'read', ... }
 * ```
 */
export interface Citation {
  /** The legal act (or, for roll-out and interface facts, the document). */
  act: string;
  /** Article, paragraph and point, as precise as the text read allows. */
  article: string;
  /** Source ids from {@link SOURCES} (`;`-separated), as in `spec/legal.json`. */
  source: string;
  confidence: Confidence;
  /** Whether the provision's own wording was read. */
  wording: Wording;
  /** Caveat: what is uncertain, what was not read, amendments. */
  note?: string;
  /** Amending act, where legal.json names one. */
  amendedBy?: string;
}

/**
 * The public sources behind every citation (ids as in `spec/legal.json`, plus `ICD-3.30` from BRIEF.md).
 *
 * @example
 * ```ts
 * SOURCES['PT-105'].url; // the consolidated Art. 105 (Portuguese) with the 2020/2191 amendment
 * ```
 */
export const SOURCES = {
  'PT-105': {
    title: 'UCC DA Art. 105, consolidated (Portuguese), wording given by Delegated Regulation (EU) 2020/2191',
    publisher: 'Autoridade Tributária e Aduaneira (PT), Info Aduaneiro',
    url: 'https://info-aduaneiro.portaldasfinancas.gov.pt/pt/legislacao_aduaneira/codigos_aduaneiros/adcau/Paginas/adcau105.aspx',
    date: 'current page (capture date unknown; includes the 2020/2191 amendment)',
  },
  'PT-106': {
    title:
      "UCC DA Art. 106, consolidated (Portuguese), 'wording given by Delegated Regulation (EU) 2020/877'",
    publisher: 'Autoridade Tributária e Aduaneira (PT)',
    url: 'http://info-aduaneiro.portaldasfinancas.gov.pt:80/pt/legislacao_aduaneira/codigos_aduaneiros/adcau/Paginas/adcau106.aspx',
    date: 'current page (capture date unknown); only paragraphs 1, 2, 2a and the start of 3 were readable',
  },
  'PT-106-OLD': {
    title: 'UCC DA Art. 106, previous wording (in force until July 2020)',
    publisher: 'Autoridade Tributária e Aduaneira (PT)',
    url: 'https://info-aduaneiro.portaldasfinancas.gov.pt/pt/legislacao_aduaneira/codigos_aduaneiros/adcau/ra/Paginas/adcaura106_202007.aspx',
    date: 'version superseded July 2020',
  },
  'PT-104-OLD': {
    title: 'UCC DA Art. 104, previous wording (amended by 2016/341; superseded July 2020)',
    publisher: 'Autoridade Tributária e Aduaneira (PT)',
    url: 'https://info-aduaneiro.portaldasfinancas.gov.pt/pt/legislacao_aduaneira/codigos_aduaneiros/adcau/ra/Paginas/adcaura104_202007.aspx',
    date: 'version superseded July 2020; readable to point (j)',
  },
  'PT-UCC127': {
    title: 'UCC Art. 127 (Portuguese)',
    publisher: 'Autoridade Tributária e Aduaneira (PT)',
    url: 'https://info-aduaneiro.portaldasfinancas.gov.pt/pt/legislacao_aduaneira/codigos_aduaneiros/CAU/Paginas/cau127.aspx',
    date: 'current page',
  },
  'UO-104': {
    title: 'UCC DA Title IV, consolidated German text (Art. 104 marked as amended in 2016, 2020 and 2023)',
    publisher: 'umwelt-online.de',
    url: 'https://umwelt-online.de/recht/eu/15b/15b_2446b.htm',
    date: 'consolidation includes 2023 amendments; readable to Art. 104(1)(j)(iii)',
  },
  'UK-104-ADOPTED': {
    title: 'UCC DA Art. 104 as adopted (EU original)',
    publisher: 'legislation.gov.uk',
    url: 'https://legislation.gov.uk/eur/2015/2446/article/104/adopted',
    date: '2015-07-28 text',
  },
  'UK-104-2020': {
    title: 'UCC DA Title IV Chapter 1, point in time 2020-01-31 (EU text before UK changes)',
    publisher: 'legislation.gov.uk',
    url: 'http://legislation.gov.uk/cy/eur/2015/2446/title/IV/chapter/1/2020-01-31',
    date: '2020-01-31; readable to Art. 104(1)(k) (cut off)',
  },
  'UK-104-CURRENT': {
    title:
      'UCC DA Art. 104, UK version (shows the EU amendment of points (f) and (h) made before IP completion day)',
    publisher: 'legislation.gov.uk',
    url: 'https://www.legislation.gov.uk/eur/2015/2446/article/104/data.xht',
    date: 'UK revised text',
  },
  'UK-108': {
    title: 'UCC DA Art. 108 as adopted (Akoma Ntoso)',
    publisher: 'legislation.gov.uk',
    url: 'http://legislation.gov.uk/eur/2015/2446/article/108/2015-07-28/data.akn',
    date: '2015-07-28 text',
  },
  'UK-UCC127': {
    title: 'UCC (Regulation (EU) No 952/2013) Title IV as adopted',
    publisher: 'legislation.gov.uk',
    url: 'https://legislation.gov.uk/eur/2013/952/title/IV/adopted/data.html',
    date: '2013-10-09 text',
  },
  'FINDOK-107': {
    title: "UZK-DA Art. 107 (German), Richtlinie BMF-010313/0168-IV/6/2016, 'gültig ab 01.05.2016'",
    publisher: 'Austrian Ministry of Finance, Findok',
    url: 'https://findok.bmf.gv.at/findok?execution=e100000s1&segmentId=116a2125-fa9f-4d13-bb2d-3ef3a6b286f4',
    date: 'version valid from 2016-05-01, no end date shown',
  },
  'ZOLL-TL': {
    title: 'Time-limits for lodging the entry summary declaration (Article 105 et seq. DA)',
    publisher: 'German customs (zoll.de)',
    url: 'https://zoll.de/EN/Businesses/Movement-of-goods/Import/Duties-and-taxes/Entry-summary-declaration/Deadlines-for-lodging-the-entry-summary-declaration/deadlines-for-lodging-the-entry-summary-declaration_node.html',
    date: 'capture date unknown; table does not yet show the UK/Channel Islands/Isle of Man point',
  },
  'ZOLL-EXC': {
    title: 'Exceptions (ENS not required) / Ausnahmen',
    publisher: 'German customs (zoll.de)',
    url: 'https://zoll.de/EN/Businesses/Movement-of-goods/Import/Duties-and-taxes/Entry-summary-declaration/Exceptions/exceptions_node.html ; https://zoll.de/DE/Fachthemen/Zoelle/Erfassung-Warenverkehr/Summarische-Eingangsanmeldung/Ausnahmen/ausnahmen_node.html',
    date: 'capture dates unknown; the EN page still lists UPU goods as exempt (pre-Release 3)',
  },
  TULLI: {
    title: 'Goods for which declarations are not required',
    publisher: 'Finnish Customs (tulli.fi)',
    url: 'http://tulli.fi/en/businesses/arrival-and-exit/goods-for-which-declarations-are-not-required',
    date: 'capture date unknown; pre-Release 3 (lists postal consignments by sea, road or rail as exempt)',
  },
  'UKSI-2019-715': {
    title: 'UK SI 2019/715, reg. 3: revocations in the UK copy of DA 2015/2446',
    publisher: 'legislation.gov.uk',
    url: 'http://legislation.gov.uk/uksi/2019/715/regulation/3',
    date: 'as amended to 2020',
    note: 'Useful as evidence that the EU text then contained Art. 106(2), (2a), (3), (4), Art. 112, Art. 113 and Art. 113a.',
  },
  'IA-2019-1394': {
    title: 'Implementing Regulation (EU) 2019/1394, amending IA Art. 187(5)',
    publisher: 'legislation.gov.uk (adopted text data file)',
    url: 'https://research.legislation.gov.uk/data/downloads/texts/enacted-epublished/optxt/enacted-epublished-optxt.zip',
    date: '2019',
    note: "Refers to waivers 'in accordance with Article 104(1)(c) to (k), (m) and (n), (2), (3) and (4)' of the DA: so DA Art. 104 then had points beyond (k) and paragraphs 2 to 4.",
  },
  'EU-2020-877': {
    title:
      'Commission Delegated Regulation (EU) 2020/877 of 3 April 2020 amending and correcting DA 2015/2446',
    publisher: 'EUR-Lex',
    url: 'https://eur-lex.europa.eu/legal-content/AUTO/?uri=CELEX:32020R0877',
    date: 'OJ L 203, 26.6.2020, p. 1-27; point-in-time 2020-07-16 on legislation.gov.uk suggests application from 16 July 2020',
  },
  'EU-2020-2191': {
    title:
      'Commission Delegated Regulation (EU) 2020/2191 of 20 November 2020 (time-limits for sea transport from/to the UK, Channel Islands and Isle of Man)',
    publisher: 'eurlexa.com (copy of EUR-Lex)',
    url: 'https://eurlexa.com/act/en/32020R2191/present/text?noJS=true',
    date: '2020-11-20',
  },
  'EU-2019-334': {
    title:
      'Commission Delegated Regulation (EU) 2019/334 of 19 December 2018 (same subject, no-deal Brexit version)',
    publisher: 'Harvard Dataverse copy of OJ L 60, 28.2.2019',
    url: 'https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/0EGYWY',
    date: 'OJ L 60, 28.2.2019',
  },
  'EU-2019-1143': {
    title:
      'Commission Delegated Regulation (EU) 2019/1143 of 14 March 2019 (declaration of certain low-value consignments)',
    publisher: 'EUR-Lex (PT) and legislation.gov.uk data file',
    url: 'https://eur-lex.europa.eu/legal-content/PT/TXT/HTML/?uri=CELEX:32019R1143',
    date: 'OJ L 181, 5.7.2019',
    note: 'Amends DA Art. 141(5) and inserts Art. 143a plus Annex B rows. It does not touch the ENS waivers or time-limits.',
  },
  'EU-2021-234': {
    title:
      'Commission Delegated Regulation (EU) 2021/234 of 7 December 2020 (common data requirements; replaces DA Annex B)',
    publisher: 'EUR-Lex',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=uriserv:OJ.L_.2021.063.01.0001.01.ENG',
    date: 'OJ L 63, 23.2.2021, p. 1-385',
  },
  'EU-2023-398': {
    title:
      'Commission Delegated Regulation (EU) 2023/398 of 14 December 2022 (oral/conduct declarations, invalidation, exchange of information for ENS)',
    publisher: 'EUR-Lex',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32023R0398',
    date: 'OJ L 54, 22.2.2023',
    note: "Recitals: prepares DA for ICS2 Releases 2 and 3; adds a definition of 'third country postal operator' (postal consignments transhipped in the Union); from the Release 3 date lets different persons in rail transport submit parts of the ENS.",
  },
  'EU-2024-249': {
    title:
      'Commission Delegated Regulation (EU) 2024/249 of 30 November 2023 (common data requirements, Annexes A and B)',
    publisher: 'EUR-Lex',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R0249',
    date: 'OJ L 2024/249, 12.2.2024',
  },
  'CH-TEXT': {
    title:
      'SR 0.631.242.05, Agreement EC-Switzerland of 25 June 2009, waiver list of the security chapter (French/German)',
    publisher: 'droit-bilingue.ch (unofficial copy of the Swiss classified compilation)',
    url: 'https://droit-bilingue.ch/de-it/0.6/0.63/0.631.242.05-titI-3-40.html ; https://droit-bilingue.ch/it-fr/0.6/0.63/0.631.242.05-titI-3-40.html',
    date: 'current Swiss text (includes the ICS2 release staging from Joint Committee Decision 1/2021)',
  },
  'CH-EURLEX-SUM': {
    title:
      'EUR-Lex summary: EU-Switzerland agreement on simplification of inspections and formalities and on customs security measures; Decisions 1/2013 and 1/2021 of the Joint Committee',
    publisher: 'EUR-Lex',
    url: 'https://eurlex.europa.eu/EN/legal-content/summary/eu-switzerland-agreement-on-the-simplification-of-inspections-and-formalities-in-respect-of-the-carriage-of-goods-and-on-customs-security-measures.html',
    date: 'after 2021',
  },
  'CH-COUNCIL': {
    title:
      'Council Decision 2009/556/EC of 25 June 2009 (provisional application and conclusion of the EC-CH agreement)',
    publisher: 'lexaris.de copy of OJ text',
    url: 'https://lexaris.de/book/version/documentflat/head/4609333',
    date: '2009-06-25',
  },
  'CH-GR': {
    title:
      'RS 0.631.242.05 (English translation): concluded 25 June 2009, approved by the Federal Assembly 18 June 2010, in force 1 January 2011',
    publisher: 'global-regulation.com',
    url: 'https://www.global-regulation.com/translation/switzerland/2975085/rs-0.631.242.05-agreement-of-june-25%252c-2009-between-the-swiss-confederation-and-the-european-community-on-the-facilitation-of-controls-and-formalitie.html',
    date: 'status 1 January 2011',
  },
  'CH-FDFA': {
    title:
      'Federal Council takes decision to sign amended Agreement on the Carriage of Goods between Switzerland and the EU (press release)',
    publisher: 'Swiss FDFA',
    url: 'https://www.bundesreisezentrale.admin.ch/eda/en/fdfa/fdfa/aktuell/news.html/content/eda/en/meta/news/2009/5/13/26863',
    date: '2009-05-13',
  },
  'NO-EEA': {
    title:
      'Council Decision on the Union position in the EEA Joint Committee (working group on Chapter IIa of Protocol 10), recitals',
    publisher: 'eulex.ai copy of OJ text',
    url: 'https://eulex.ai/decision/2012/15554/',
    date: '2012 decision (page header mixes in a 2024 OJ heading)',
    note: 'Recital 1: Protocol 10 was amended by EEA Joint Committee Decision No 76/2009 of 30 June 2009, inserting Chapter IIa on customs security measures. Recital 2: Art. 9b of Protocol 10 waives customs security measures in bilateral trade, provided an equivalent level of security applies on both sides.',
  },
  'NO-STPRP': {
    title: 'St.prp. nr. 71 (2008-2009): consent to the EEA Joint Committee decision amending Protocol 10',
    publisher: 'Norwegian Government (regjeringen.no)',
    url: 'https://www.regjeringen.no/no/dokumenter/stprp-nr-71-2008-2009-/id561677/?ch=6 ; http://docplayer.me/46006366-St-prp-nr-71.html',
    date: '2009-05-15',
    note: 'Annex I to Protocol 10 (pre-notification) has Art. 1 form/content, Art. 2 exemptions, Art. 3 where to lodge, Art. 4 time-limits; planned to apply from 1 July 2009.',
  },
  'EC-R3': {
    title: 'Import Control System 2 - Release 3',
    publisher: 'European Commission, DG TAXUD',
    url: 'https://taxation-customs.ec.europa.eu/customs-4/customs-security/import-control-system-2-ics2-0/import-control-system-2-release-3_en',
    date: 'stored copy after April 2024',
  },
  'EC-R2': {
    title: 'Import Control System 2 - Release 2',
    publisher: 'European Commission, DG TAXUD',
    url: 'https://taxation-customs.ec.europa.eu/customs-4/customs-security/import-control-system-2-ics2-0/import-control-system-2-release-2_hr',
    date: '2022-2023',
  },
  'CLECAT-R2': {
    title: 'Getting ready for ICS2 Release 2',
    publisher: 'CLECAT',
    url: 'https://www.clecat.org/en/news/newsletters/getting-ready-for-ics2-release-2',
    date: '2023-02-10',
  },
  'CLECAT-R3': {
    title: 'ICS 2 Release 3 first go live date on 3 June',
    publisher: 'CLECAT',
    url: 'https://www.clecat.org/index.php/news/newsletters/ics-2-release-3-first-go-live-date-on-3-june',
    date: '2024-04-19',
  },
  'DESCARTES-MAIL': {
    title: 'Import Control System 2 (ICS2) for Mail',
    publisher: 'Descartes',
    url: 'https://www.descartes.com/resources/knowledge-center/eu-import-security-filing-ics2-for-mail',
    date: '2023',
  },
  AADE: {
    title: "Deployment Window (ICS2 Release 3) and 'Compliance with ICS2 (Release 3) requirements'",
    publisher: 'Greek customs (AADE)',
    url: 'https://www.aade.gr/en/node/11391 ; https://aade.gr/en/customs/traders/import-control-system-2-ics2/ics2-release-3/compliance-ics2-release-3-requirements-troubleshooting-application',
    date: '2024-2025',
  },
  CLS: {
    title: 'Explained simply by CLS: ICS2 in general, and for postal operators in particular - Part 2',
    publisher: 'logistic-natives.com',
    url: 'https://logistic-natives.com/explained-simply-by-cls-ics2-in-general-and-for-postal-operators-in-particular-part2.html',
    date: '2023',
  },
  ADHOC: {
    title: 'ICS2: EU-Zoll startet harten System-Cutoff für alle Transportwege',
    publisher: 'adhocnews.de',
    url: 'https://www.adhocnews.de/boerse/news/ueberblick/ics2-eu-zoll-startet-harten-system-cutoff-fuer-alle-transportwege/68540358',
    date: '2026-02-01',
  },
  PRIOR: {
    title:
      'Earlier project research (research/ics2-domain.md, sources S9 EC news 2023-03-01, S10 EC Release 1 page via DIHK, S11 naforna.be 2023-02-17)',
    publisher: 'this project',
    url: 'research/ics2-domain.md',
    date: '2026-11-26',
  },
  'ICD-3.30': {
    title:
      'ICS2 HTI Interface Control Document v3.30 (2022-03-02), Annex 1 (filing types) and section 4 (AS4 transport)',
    publisher: 'European Commission, DG TAXUD',
    url: 'public repository phax/phase4, docs/ICS2/ (https://github.com/phax/phase4)',
    date: '2022-03-02',
    note: 'Stated in spec/BRIEF.md; filing-type descriptions are paraphrased in spec/filing-types.json.',
  },
} as const satisfies Record<string, Source>;
/**
 * A source id of {@link SOURCES}.
 *
 * @example
 * ```ts
 * const id: SourceId = 'ZOLL-TL';
 * ```
 */
export type SourceId = keyof typeof SOURCES;

/**
 * Names of the legal acts and documents cited.
 *
 * @example
 * ```ts
 * ACTS.DA; // 'Commission Delegated Regulation (EU) 2015/2446 (UCC DA)'
 * ```
 */
export const ACTS = {
  UCC: 'Regulation (EU) No 952/2013 (Union Customs Code, UCC)',
  DA: 'Commission Delegated Regulation (EU) 2015/2446 (UCC DA)',
  WORK_PROGRAMME:
    'Commission Implementing Decision (EU) 2019/2151 (UCC work programme), amended by (EU) 2023/2879 for the Release 3 windows',
  ICD: 'DG TAXUD, ICS2 HTI Interface Control Document v3.30',
  EU_CH: 'Agreement EC-Switzerland of 25 June 2009 on customs security measures (SR 0.631.242.05)',
  EEA_P10: 'EEA Agreement, Protocol 10, Chapter IIa (EEA Joint Committee Decision No 76/2009)',
} as const;

const NOT_READ_AFTER_K =
  'DA Art. 104(1) items after point (k) were NOT read in the legal text: the letter and wording are unverified (legal.json "DA Art. 104(1)(l) to end").';

/**
 * Every citation used by the calendar, keyed by a short id. Copied from `spec/legal.json` (`articles`,
 * `rollout`), with its confidence and caveat.
 *
 * @example
 * ```ts
 * CITATIONS.da105c.amendedBy; // 'Delegated Regulation (EU) 2020/2191 (point (vi)); earlier no-deal version (EU) 2019/334'
 * CITATIONS.da109.wording; // 'not-read'
 * ```
 */
export const CITATIONS = {
  ucc127_1: {
    act: ACTS.UCC,
    article: 'Art. 127(1)',
    source: 'UK-UCC127; PT-UCC127',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Goods brought into the Union customs territory must be covered by an ENS.',
  },
  ucc127_2a: {
    act: ACTS.UCC,
    article: 'Art. 127(2)(a)',
    source: 'UK-UCC127; PT-UCC127',
    confidence: 'confirmed',
    wording: 'read',
  },
  ucc127_2b: {
    act: ACTS.UCC,
    article: 'Art. 127(2)(b)',
    source: 'UK-UCC127; PT-UCC127',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Basis for the DA Art. 104 waivers and the EU-CH / EU-NO agreements.',
  },
  ucc127_4: {
    act: ACTS.UCC,
    article: 'Art. 127(4)',
    source: 'UK-UCC127; PT-UCC127',
    confidence: 'confirmed',
    wording: 'read',
    note: 'The carrier lodges the ENS; instead, the importer or consignee, or anyone able to present the goods, may lodge it.',
  },
  ucc127_6: {
    act: ACTS.UCC,
    article: 'Art. 127(6)',
    source: 'UK-UCC127; PT-UCC127',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Other persons holding particulars may be required to provide them: the legal basis of multiple filing.',
  },
  da104_1a: {
    act: ACTS.DA,
    article: 'Art. 104(1)(a)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
  },
  da104_1b: {
    act: ACTS.DA,
    article: 'Art. 104(1)(b)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
  },
  da104_1c: {
    act: ACTS.DA,
    article: 'Art. 104(1)(c)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
  },
  da104_1d: {
    act: ACTS.DA,
    article: 'Art. 104(1)(d)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Household effects as defined in Art. 2(1)(d) of Regulation (EC) No 1186/2009, not carried under a transport contract.',
  },
  da104_1e: {
    act: ACTS.DA,
    article: 'Art. 104(1)(e)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Goods that may be declared orally under DA Art. 135 and 136(1), if not carried under a transport contract.',
  },
  da104_1f: {
    act: ACTS.DA,
    article: 'Art. 104(1)(f)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
    note: "Goods of DA Art. 138(b) to (d) and (h) or 139(1) deemed declared by an act under Art. 141, if not carried under a transport contract. 'and (h)' is in the current consolidation but not in the 2015 original; the amending act was not identified.",
  },
  da104_1g: {
    act: ACTS.DA,
    article: 'Art. 104(1)(g)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
  },
  da104_1h: {
    act: ACTS.DA,
    article: 'Art. 104(1)(h)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
    note: "Current wording 'NATO form 302 or EU form 302'; the 2015 original said only 'form 302 under the NATO Status of Forces Agreement'. Amending act not identified.",
  },
  da104_1i: {
    act: ACTS.DA,
    article: 'Art. 104(1)(i)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
  },
  da104_1j: {
    act: ACTS.DA,
    article: 'Art. 104(1)(j)',
    source: 'UO-104; UK-104-ADOPTED; UK-104-2020; PT-104-OLD',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Goods brought directly from offshore installations run by a person established in the Union: goods built into them, goods used to fit or equip them, provisions used or consumed there, non-hazardous waste from them.',
  },
  da104_1k: {
    act: ACTS.DA,
    article: 'Art. 104(1)(k)',
    source: 'UK-104-2020; CH-TEXT; TULLI',
    confidence: 'secondary',
    wording: 'partly-read',
    note: "The EU text read was cut off after 'Vienna Conventi'; the item is confirmed by the EU-CH mirror (point (h)) and Finnish customs.",
  },
  da104_1_afterK_supplies: {
    act: ACTS.DA,
    article: 'Art. 104(1), a point after (k) (letter not read)',
    source: 'IA-2019-1394; TULLI; ZOLL-EXC',
    confidence: 'unverified',
    wording: 'not-read',
    note: `${NOT_READ_AFTER_K} Supplies on board are reported as waived by Finnish customs ('ship supplies') and German customs.`,
  },
  da104_1_afterK_carnet: {
    act: ACTS.DA,
    article: 'Art. 104(1), a point after (k) (letter not read)',
    source: 'IA-2019-1394; CH-TEXT',
    confidence: 'unverified',
    wording: 'not-read',
    note: `${NOT_READ_AFTER_K} The ATA/CPD carnet waiver (unless carried under a transport contract) was read in the EU-CH mirror (Annex I), which is confirmed.`,
  },
  euChAnnexI: {
    act: ACTS.EU_CH,
    article: 'Annex I, waiver list (mirror of DA Art. 104)',
    source: 'CH-TEXT',
    confidence: 'confirmed',
    wording: 'partly-read',
    note: 'Unofficial Swiss copy; the list continues beyond point (i).',
  },
  da105a: {
    act: ACTS.DA,
    article: 'Art. 105(a)',
    source: 'PT-105; ZOLL-TL',
    confidence: 'confirmed',
    wording: 'read',
  },
  da105b: {
    act: ACTS.DA,
    article: 'Art. 105(b)',
    source: 'PT-105; ZOLL-TL',
    confidence: 'confirmed',
    wording: 'read',
  },
  da105c: {
    act: ACTS.DA,
    article: 'Art. 105(c)',
    source: 'PT-105; ZOLL-TL; EU-2020-2191',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Point (vi) (UK ports other than Northern Ireland, Channel Islands, Isle of Man) was added by Delegated Regulation (EU) 2020/2191; the German customs table does not show it yet. Northern Ireland ports are excluded from (vi).',
    amendedBy: 'Delegated Regulation (EU) 2020/2191 (point (vi)); earlier no-deal version (EU) 2019/334',
  },
  da105d: {
    act: ACTS.DA,
    article: 'Art. 105(d)',
    source: 'PT-105; ZOLL-TL',
    confidence: 'confirmed',
    wording: 'read',
  },
  da106_1a: {
    act: ACTS.DA,
    article: 'Art. 106(1)(a)',
    source: 'PT-106; ZOLL-TL',
    confidence: 'confirmed',
    wording: 'read',
    amendedBy: 'Delegated Regulation (EU) 2020/877',
  },
  da106_1b: {
    act: ACTS.DA,
    article: 'Art. 106(1)(b)',
    source: 'PT-106; ZOLL-TL',
    confidence: 'confirmed',
    wording: 'read',
    amendedBy: 'Delegated Regulation (EU) 2020/877',
  },
  da106_2: {
    act: ACTS.DA,
    article: 'Art. 106(2) and (2a)',
    source: 'PT-106',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Para. 2: postal operators and express carriers from Release 1 (2021-03-15); para. 2a: other operators from Release 2 (2023-03-01). ICD v3.30 cites the pre-2020 numbering (Art. 106(1) second subparagraph).',
    amendedBy: 'Delegated Regulation (EU) 2020/877',
  },
  da106_3: {
    act: ACTS.DA,
    article: 'Art. 106(3)',
    source: 'PT-106; PT-106-OLD',
    confidence: 'secondary',
    wording: 'partly-read',
    note: 'Only the opening words were readable. That the remaining particulars follow the para. 1 limits (by departure for flights under 4 h, else 4 h before arrival) is presumed from the pre-2020 wording.',
    amendedBy: 'Delegated Regulation (EU) 2020/877',
  },
  da107a: {
    act: ACTS.DA,
    article: 'Art. 107(a)',
    source: 'FINDOK-107; ZOLL-TL',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Version valid from 2016-05-01; no later amendment found.',
  },
  da107b: {
    act: ACTS.DA,
    article: 'Art. 107(b)',
    source: 'FINDOK-107; ZOLL-TL',
    confidence: 'confirmed',
    wording: 'read',
  },
  daInlandWaterways: {
    act: ACTS.DA,
    article: 'article not identified (inland waterways)',
    source: 'ZOLL-TL',
    confidence: 'secondary',
    wording: 'not-read',
    note: 'The 2-hour limit is from German customs; the DA article holding it was not identified (Art. 105 covers sea, Art. 107 rail only).',
  },
  da108: {
    act: ACTS.DA,
    article: 'Art. 108',
    source: 'UK-108; ZOLL-TL',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Text as adopted; no EU amendment found.',
  },
  da109: {
    act: ACTS.DA,
    article: 'Art. 109 (combined transport)',
    source: 'none read',
    confidence: 'unverified',
    wording: 'not-read',
    note: 'Article number and wording NOT read: the rule (the limit of the active means of transport applies) is from memory and earlier project notes.',
  },
  da112: {
    act: ACTS.DA,
    article: 'Art. 112',
    source: 'UKSI-2019-715; EU-2023-398',
    confidence: 'unverified',
    wording: 'not-read',
    note: 'Exists; sets who else provides ENS particulars under UCC Art. 127(6) (e.g. house bill issuers, consignees in sea). Wording not read.',
  },
  da113: {
    act: ACTS.DA,
    article: 'Art. 113 and 113a',
    source: 'UKSI-2019-715; EU-2023-398',
    confidence: 'unverified',
    wording: 'not-read',
    note: 'Exist; particulars provided by other persons in air (house air waybill issuers, postal operators). Wording not read.',
  },
  da104_2: {
    act: ACTS.DA,
    article: 'Art. 104(2) (postal consignments, staged by ICS2 release)',
    source: 'CH-TEXT; IA-2019-1394; ZOLL-EXC; TULLI',
    confidence: 'secondary',
    wording: 'not-read',
    note: 'Read only in the EU-CH mirror; its position as DA Art. 104(2) is not confirmed. After the Release 3 date the postal waiver no longer applies in any mode.',
    amendedBy: 'likely Delegated Regulation (EU) 2020/877 (not verified)',
  },
  euCh: {
    act: ACTS.EU_CH,
    article: 'Chapter III (bilateral waiver; article number not read)',
    source: 'CH-FDFA; CH-COUNCIL; CH-GR; CH-EURLEX-SUM',
    confidence: 'secondary',
    wording: 'not-read',
    note: 'Goods moving directly between Switzerland and the Union need no ENS; trade with third countries stays subject to it. Applied from 2009-07-01, in force 2011-01-01; aligned with the ICS2 releases by Joint Committee Decision 1/2021. Liechtenstein is covered through its customs union with Switzerland.',
  },
  eeaP10: {
    act: ACTS.EEA_P10,
    article: 'Protocol 10, Art. 9b',
    source: 'NO-EEA; NO-STPRP',
    confidence: 'secondary',
    wording: 'not-read',
    note: 'Read through a recital of a Council Decision: customs security measures are waived in trade between Norway and the Union, provided an equivalent level of security applies on both sides. Applicable from 2009-07-01.',
  },
  northernIreland: {
    act: ACTS.DA,
    article: 'Art. 105(c)(vi) (note on Northern Ireland)',
    source: 'PT-105',
    confidence: 'secondary',
    wording: 'read',
    note: 'legal.json: Northern Ireland ports are inside the customs territory for these purposes (so excluded from 105(c)(vi)); BRIEF.md: Northern Ireland shares the security zone. The Windsor Framework texts themselves were not read.',
  },
  rolloutR1: {
    act: ACTS.WORK_PROGRAMME,
    article: 'ICS2 Release 1 (air, postal and express, PLACI)',
    source: 'CLS; PRIOR',
    confidence: 'secondary',
    wording: 'not-read',
  },
  rolloutR2: {
    act: ACTS.WORK_PROGRAMME,
    article: 'ICS2 Release 2 (all air)',
    source: 'EC-R2; CLECAT-R2',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Deployment windows were granted only on request to the Member State of EORI registration.',
  },
  rolloutR2WindowCarriers: {
    act: ACTS.WORK_PROGRAMME,
    article: 'ICS2 Release 2, deployment window for air carriers',
    source: 'DESCARTES-MAIL; PRIOR',
    confidence: 'secondary',
    wording: 'not-read',
    note: 'End date from Descartes (grace period 1 Mar to 30 Jun 2023) and Belgian customs via a forwarder, not from the Commission text.',
  },
  rolloutR2WindowHouse: {
    act: ACTS.WORK_PROGRAMME,
    article: 'ICS2 Release 2, deployment window for house-level filers, postal operators, express carriers',
    source: 'PRIOR',
    confidence: 'secondary',
    wording: 'not-read',
    note: 'End date from Belgian customs via a forwarder (naforna), not from the Commission text.',
  },
  rolloutR3: {
    act: ACTS.WORK_PROGRAMME,
    article: 'ICS2 Release 3 (sea, inland waterways, road, rail) and its deployment windows',
    source: 'EC-R3; CLECAT-R3; AADE',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Windows only on request (not by default), to the National Service Desk of the Member State of EORI registration, at least one month before the go-live of the mode. During a window operators kept lodging in ICS1.',
  },
  interfaceV1: {
    act: ACTS.ICD,
    article: 'AS4 agreement EU-ICS2-TI-V1.0 (Release 1)',
    source: 'ICD-3.30',
    confidence: 'secondary',
    wording: 'not-read',
    note: 'Stated in BRIEF.md; the Release 1 interface documentation itself was not among the sources read.',
  },
  interfaceV2: {
    act: ACTS.ICD,
    article: 'Section 4, AS4 agreement EU-ICS2-TI-V2.0 (Releases 2 and 3)',
    source: 'ICD-3.30',
    confidence: 'confirmed',
    wording: 'read',
  },
  laterV3: {
    act: 'adhocnews.de report',
    article: 'V3 message version only, from 2026-02-03',
    source: 'ADHOC',
    confidence: 'secondary',
    wording: 'read',
    note: 'A press report says only the newer (V3) message version is accepted from 2026-02-03 and V2 filings can no longer be amended (invalidate and refile). The AS4 agreement value for it was not read.',
  },
  filingTypes: {
    act: ACTS.ICD,
    article: 'Annex 1, filing types (Specific Circumstance Indicator, CL742)',
    source: 'ICD-3.30',
    confidence: 'confirmed',
    wording: 'read',
    note: 'Descriptions paraphrased in spec/filing-types.json; who lodges which type is our reading of those descriptions.',
  },
} as const satisfies Record<string, Citation>;

/**
 * A key of {@link CITATIONS}.
 *
 * @example
 * ```ts
 * const k: CitationKey = 'da105a';
 * ```
 */
export type CitationKey = keyof typeof CITATIONS;

// ---------------------------------------------------------------------------------------------------------
// Time limits for lodging (DA Art. 105-109)
// ---------------------------------------------------------------------------------------------------------

/**
 * What a time limit is measured from: loading at the foreign port or airport, arrival at the first place of
 * entry, or the actual departure of the aircraft.
 *
 * @example
 * ```ts
 * const b: DeadlineBasis = 'before-arrival';
 * ```
 */
export type DeadlineBasis = 'before-loading' | 'before-arrival' | 'by-departure';

/**
 * The id of one row of the time-limit table {@link DEADLINE_ROWS}.
 *
 * @example
 * ```ts
 * const id: DeadlineRowId = 'sea-short-sea';
 * ```
 */
export type DeadlineRowId =
  | 'sea-containerised'
  | 'sea-bulk'
  | 'sea-short-sea'
  | 'sea-outermost-regions'
  | 'air-placi'
  | 'air-complete-short-flight'
  | 'air-complete-long-flight'
  | 'air-remaining-short-flight'
  | 'air-remaining-long-flight'
  | 'rail-short-journey'
  | 'rail-other'
  | 'inland-waterways'
  | 'road'
  | 'combined-transport';

/**
 * One row of the time-limit table.
 *
 * @example
 * ```ts
 * const row: DeadlineRow = DEADLINE_ROWS.road; // 1 h before arrival, DA Art. 108
 * ```
 */
export interface DeadlineRow {
  id: DeadlineRowId;
  mode: 'sea' | 'air' | 'rail' | 'inland-waterways' | 'road' | 'combined';
  /** A short name for the case. */
  label: string;
  /** The case, in words. */
  case: string;
  /** `null` for combined transport, which takes the active means' row. */
  basis: DeadlineBasis | null;
  /** Hours before the reference event (0 for "before loading" and "by departure"); `null` for combined. */
  hours: number | null;
  /** The event the limit counts back from. */
  reference: 'loading' | 'arrival' | 'departure' | null;
  citation: Citation;
}

/**
 * The time limits for lodging an ENS (DA Art. 105-109, confirmed by German customs' table), one row per case.
 *
 * @example
 * ```ts
 * DEADLINE_ROWS['sea-containerised'].hours; // 24 (before loading)
 * DEADLINE_ROWS['combined-transport'].citation.wording; // 'not-read'
 * ```
 */
export const DEADLINE_ROWS = {
  'sea-containerised': {
    id: 'sea-containerised',
    label: 'Sea, containerised (deep sea)',
    mode: 'sea',
    case: 'Sea, containerised cargo (not short sea): 24 h before loading at the port of departure',
    basis: 'before-loading',
    hours: 24,
    reference: 'loading',
    citation: CITATIONS.da105a,
  },
  'sea-bulk': {
    id: 'sea-bulk',
    label: 'Sea, bulk or break bulk (deep sea)',
    mode: 'sea',
    case: 'Sea, bulk or break-bulk cargo (not short sea): 4 h before arrival at the first Union port',
    basis: 'before-arrival',
    hours: 4,
    reference: 'arrival',
    citation: CITATIONS.da105b,
  },
  'sea-short-sea': {
    id: 'sea-short-sea',
    label: 'Short sea',
    mode: 'sea',
    case: 'Short sea (from Greenland, Faroes, Iceland, Baltic, North Sea, Black Sea or Mediterranean ports, Morocco, UK ports other than Northern Ireland, Channel Islands, Isle of Man): 2 h before arrival at the first Union port',
    basis: 'before-arrival',
    hours: 2,
    reference: 'arrival',
    citation: CITATIONS.da105c,
  },
  'sea-outermost-regions': {
    id: 'sea-outermost-regions',
    label: 'Sea, voyage under 24 h to an outermost region',
    mode: 'sea',
    case: 'Sea, other voyages under 24 h between a non-Union territory and the French overseas departments, the Azores, Madeira or the Canary Islands: 2 h before arrival at the first Union port',
    basis: 'before-arrival',
    hours: 2,
    reference: 'arrival',
    citation: CITATIONS.da105d,
  },
  'air-placi': {
    id: 'air-placi',
    label: 'Air, PLACI minimum dataset',
    mode: 'air',
    case: 'Air, pre-loading minimum dataset (PLACI, "7+1"): as soon as possible, at the latest before loading onto the aircraft',
    basis: 'before-loading',
    hours: 0,
    reference: 'loading',
    citation: CITATIONS.da106_2,
  },
  'air-complete-short-flight': {
    id: 'air-complete-short-flight',
    label: 'Air, complete ENS, flight under 4 h',
    mode: 'air',
    case: 'Air, complete ENS, flight under 4 h: by the actual time of departure',
    basis: 'by-departure',
    hours: 0,
    reference: 'departure',
    citation: CITATIONS.da106_1a,
  },
  'air-complete-long-flight': {
    id: 'air-complete-long-flight',
    label: 'Air, complete ENS, flight of 4 h or more',
    mode: 'air',
    case: 'Air, complete ENS, flight of 4 h or more: 4 h before arrival at the first Union airport',
    basis: 'before-arrival',
    hours: 4,
    reference: 'arrival',
    citation: CITATIONS.da106_1b,
  },
  'air-remaining-short-flight': {
    id: 'air-remaining-short-flight',
    label: 'Air, remaining particulars after PLACI, flight under 4 h',
    mode: 'air',
    case: 'Air, remaining particulars after a PLACI (pre-arrival partial filings), flight under 4 h: by the actual time of departure (presumed)',
    basis: 'by-departure',
    hours: 0,
    reference: 'departure',
    citation: CITATIONS.da106_3,
  },
  'air-remaining-long-flight': {
    id: 'air-remaining-long-flight',
    label: 'Air, remaining particulars after PLACI, flight of 4 h or more',
    mode: 'air',
    case: 'Air, remaining particulars after a PLACI (pre-arrival partial filings), flight of 4 h or more: 4 h before arrival (presumed)',
    basis: 'before-arrival',
    hours: 4,
    reference: 'arrival',
    citation: CITATIONS.da106_3,
  },
  'rail-short-journey': {
    id: 'rail-short-journey',
    label: 'Rail, under 2 h from the last train-formation station',
    mode: 'rail',
    case: 'Rail, journey from the last train-formation station to the office of first entry under 2 h: 1 h before arrival',
    basis: 'before-arrival',
    hours: 1,
    reference: 'arrival',
    citation: CITATIONS.da107a,
  },
  'rail-other': {
    id: 'rail-other',
    label: 'Rail',
    mode: 'rail',
    case: 'Rail, all other cases: 2 h before arrival at the place for which the office of first entry is competent',
    basis: 'before-arrival',
    hours: 2,
    reference: 'arrival',
    citation: CITATIONS.da107b,
  },
  'inland-waterways': {
    id: 'inland-waterways',
    label: 'Inland waterways',
    mode: 'inland-waterways',
    case: 'Inland waterways: 2 h before arrival at the customs office of entry',
    basis: 'before-arrival',
    hours: 2,
    reference: 'arrival',
    citation: CITATIONS.daInlandWaterways,
  },
  road: {
    id: 'road',
    label: 'Road',
    mode: 'road',
    case: 'Road: 1 h before arrival at the place for which the customs office of first entry is competent',
    basis: 'before-arrival',
    hours: 1,
    reference: 'arrival',
    citation: CITATIONS.da108,
  },
  'combined-transport': {
    id: 'combined-transport',
    label: 'Combined transport',
    mode: 'combined',
    case: 'Combined transport (an active means of transport carrying another, e.g. a truck on a ferry): the limit of the active means of transport',
    basis: null,
    hours: null,
    reference: null,
    citation: CITATIONS.da109,
  },
} as const satisfies Record<DeadlineRowId, DeadlineRow>;

/**
 * The thresholds that choose between rows, each with its citation.
 *
 * @example
 * ```ts
 * DEADLINE_THRESHOLDS.airShortFlightUnderHours.value; // 4
 * ```
 */
export const DEADLINE_THRESHOLDS = {
  /** A flight "under 4 hours" takes Art. 106(1)(a) (by departure); 4 h or more, Art. 106(1)(b). */
  airShortFlightUnderHours: { value: 4, citation: CITATIONS.da106_1a },
  /** A train journey from the last train-formation station under 2 h takes Art. 107(a) (1 h). */
  railShortJourneyUnderHours: { value: 2, citation: CITATIONS.da107a },
  /** Art. 105(d) applies to voyages lasting less than 24 h. */
  outermostVoyageUnderHours: { value: 24, citation: CITATIONS.da105d },
} as const satisfies Record<string, { value: number; citation: Citation }>;

/**
 * A sea named in DA Art. 105(c)(iv); `other` means none of them.
 *
 * @example
 * ```ts
 * const s: ShortSeaSea = 'mediterranean';
 * ```
 */
export type ShortSeaSea = 'baltic' | 'north-sea' | 'black-sea' | 'mediterranean';

/**
 * Places of loading whose whole country (or territory) is on the DA Art. 105(c) short-sea list. Codes are
 * ISO 3166-1 alpha-2 (as in code list CL718). Northern Ireland (`XI`) is excluded from point (vi).
 *
 * @example
 * ```ts
 * SHORT_SEA_COUNTRIES.find((c) => c.code === 'IM')?.point; // '(vi)'
 * ```
 */
export const SHORT_SEA_COUNTRIES = [
  { code: 'GL', name: 'Greenland', point: '(i)', citation: CITATIONS.da105c },
  { code: 'FO', name: 'Faroe Islands', point: '(ii)', citation: CITATIONS.da105c },
  { code: 'IS', name: 'Iceland', point: '(iii)', citation: CITATIONS.da105c },
  { code: 'MA', name: 'Morocco (any port)', point: '(v)', citation: CITATIONS.da105c },
  {
    code: 'GB',
    name: 'United Kingdom, ports other than in Northern Ireland',
    point: '(vi)',
    citation: CITATIONS.da105c,
    note: 'Added by Delegated Regulation (EU) 2020/2191. For a port in Northern Ireland use the code XI.',
  },
  {
    code: 'GG',
    name: 'Guernsey (Channel Islands)',
    point: '(vi)',
    citation: CITATIONS.da105c,
    note: 'Added by Delegated Regulation (EU) 2020/2191.',
  },
  {
    code: 'JE',
    name: 'Jersey (Channel Islands)',
    point: '(vi)',
    citation: CITATIONS.da105c,
    note: 'Added by Delegated Regulation (EU) 2020/2191.',
  },
  {
    code: 'IM',
    name: 'Isle of Man',
    point: '(vi)',
    citation: CITATIONS.da105c,
    note: 'Added by Delegated Regulation (EU) 2020/2191.',
  },
] as const satisfies readonly {
  code: string;
  name: string;
  point: string;
  citation: Citation;
  note?: string;
}[];

/**
 * The seas of DA Art. 105(c)(iv): a port of loading on one of them makes the voyage short sea.
 *
 * @example
 * ```ts
 * SHORT_SEA_SEAS.map((s) => s.sea); // ['baltic', 'north-sea', 'black-sea', 'mediterranean']
 * ```
 */
export const SHORT_SEA_SEAS = [
  { sea: 'baltic', name: 'Baltic Sea', point: '(iv)', citation: CITATIONS.da105c },
  { sea: 'north-sea', name: 'North Sea', point: '(iv)', citation: CITATIONS.da105c },
  { sea: 'black-sea', name: 'Black Sea', point: '(iv)', citation: CITATIONS.da105c },
  { sea: 'mediterranean', name: 'Mediterranean Sea', point: '(iv)', citation: CITATIONS.da105c },
] as const satisfies readonly { sea: ShortSeaSea; name: string; point: string; citation: Citation }[];

/**
 * A Union destination of DA Art. 105(d).
 *
 * @example
 * ```ts
 * const r: OutermostRegion = 'canary-islands';
 * ```
 */
export type OutermostRegion = 'french-overseas-departments' | 'azores' | 'madeira' | 'canary-islands';

/**
 * The destinations of DA Art. 105(d) (voyages under 24 h from a non-Union territory).
 *
 * @example
 * ```ts
 * OUTERMOST_REGIONS.map((r) => r.id); // ['french-overseas-departments', 'azores', 'madeira', 'canary-islands']
 * ```
 */
export const OUTERMOST_REGIONS = [
  { id: 'french-overseas-departments', name: 'French overseas departments', citation: CITATIONS.da105d },
  { id: 'azores', name: 'Azores', citation: CITATIONS.da105d },
  { id: 'madeira', name: 'Madeira', citation: CITATIONS.da105d },
  { id: 'canary-islands', name: 'Canary Islands', citation: CITATIONS.da105d },
] as const satisfies readonly { id: OutermostRegion; name: string; citation: Citation }[];

// ---------------------------------------------------------------------------------------------------------
// Roll-out (releases, deployment windows, interface versions)
// ---------------------------------------------------------------------------------------------------------

/**
 * An ICS2 release.
 *
 * @example
 * ```ts
 * const r: ReleaseId = 'R3';
 * ```
 */
export type ReleaseId = 'R1' | 'R2' | 'R3';

/**
 * The AS4 agreement (interface version) value.
 *
 * @example
 * ```ts
 * const v: InterfaceVersion = 'EU-ICS2-TI-V2.0';
 * ```
 */
export type InterfaceVersion = 'EU-ICS2-TI-V1.0' | 'EU-ICS2-TI-V2.0';

/**
 * The three ICS2 releases: go-live, scope and interface version.
 *
 * @example
 * ```ts
 * RELEASES.R2.goLive; // '2023-03-01'
 * RELEASES.R1.interfaceVersion; // 'EU-ICS2-TI-V1.0'
 * ```
 */
export const RELEASES = {
  R1: {
    release: 'R1',
    scope: 'Air: postal operators and express carriers, pre-loading minimum dataset (PLACI), DA Art. 106(2)',
    goLive: '2021-03-15',
    interfaceVersion: 'EU-ICS2-TI-V1.0',
    citation: CITATIONS.rolloutR1,
    interfaceCitation: CITATIONS.interfaceV1,
  },
  R2: {
    release: 'R2',
    scope:
      'All goods by air (postal, express, general cargo): complete ENS pre-arrival plus pre-loading data, multiple filing, referrals',
    goLive: '2023-03-01',
    interfaceVersion: 'EU-ICS2-TI-V2.0',
    citation: CITATIONS.rolloutR2,
    interfaceCitation: CITATIONS.interfaceV2,
  },
  R3: {
    release: 'R3',
    scope:
      'Sea and inland waterways, road and rail (incl. postal and express on these modes, house filers, in some cases EU final consignees)',
    goLive: '2024-06-03',
    interfaceVersion: 'EU-ICS2-TI-V2.0',
    citation: CITATIONS.rolloutR3,
    interfaceCitation: CITATIONS.interfaceV2,
  },
} as const satisfies Record<
  ReleaseId,
  {
    release: ReleaseId;
    scope: string;
    goLive: string;
    interfaceVersion: InterfaceVersion;
    citation: Citation;
    interfaceCitation: Citation;
  }
>;

/**
 * The id of a roll-out track: one release for one group of operators, with its own go-live and window.
 *
 * @example
 * ```ts
 * const t: RolloutTrackId = 'r3-sea-iww-house-filers';
 * ```
 */
export type RolloutTrackId =
  | 'r1-air-postal-express'
  | 'r2-air-carriers'
  | 'r2-air-house-postal-express'
  | 'r3-sea-iww-carriers'
  | 'r3-sea-iww-house-filers'
  | 'r3-road-rail';

/**
 * One roll-out track. `window.end` is read as the LAST day of the deployment window (inclusive): from the
 * next day every operator of the track must file in ICS2. The sources say "to <date>"; whether the end day
 * itself was still inside the window is our reading.
 *
 * @example
 * ```ts
 * const t: RolloutTrack = ROLLOUT_TRACKS['r3-road-rail']; // window 2025-04-01 .. 2025-09-01
 * ```
 */
export interface RolloutTrack {
  id: RolloutTrackId;
  release: ReleaseId;
  operators: string;
  goLive: string;
  window: { start: string; end: string; citation: Citation } | null;
  citation: Citation;
}

/**
 * The roll-out tracks (legal.json `rollout`).
 *
 * @example
 * ```ts
 * ROLLOUT_TRACKS['r3-sea-iww-carriers'].window?.end; // '2024-12-04'
 * ```
 */
export const ROLLOUT_TRACKS = {
  'r1-air-postal-express': {
    id: 'r1-air-postal-express',
    release: 'R1',
    operators: 'postal operators and express carriers (air, PLACI)',
    goLive: '2021-03-15',
    window: null,
    citation: CITATIONS.rolloutR1,
  },
  'r2-air-carriers': {
    id: 'r2-air-carriers',
    release: 'R2',
    operators: 'air carriers',
    goLive: '2023-03-01',
    window: { start: '2023-03-01', end: '2023-06-30', citation: CITATIONS.rolloutR2WindowCarriers },
    citation: CITATIONS.rolloutR2,
  },
  'r2-air-house-postal-express': {
    id: 'r2-air-house-postal-express',
    release: 'R2',
    operators: 'air house-level filers, postal operators, express carriers',
    goLive: '2023-03-01',
    window: { start: '2023-03-01', end: '2023-10-02', citation: CITATIONS.rolloutR2WindowHouse },
    citation: CITATIONS.rolloutR2,
  },
  'r3-sea-iww-carriers': {
    id: 'r3-sea-iww-carriers',
    release: 'R3',
    operators: 'maritime and inland waterway carriers',
    goLive: '2024-06-03',
    window: { start: '2024-06-03', end: '2024-12-04', citation: CITATIONS.rolloutR3 },
    citation: CITATIONS.rolloutR3,
  },
  'r3-sea-iww-house-filers': {
    id: 'r3-sea-iww-house-filers',
    release: 'R3',
    operators: 'maritime and inland waterway house-level filers (and, in some cases, final consignees)',
    goLive: '2024-12-04',
    window: { start: '2024-12-04', end: '2025-04-01', citation: CITATIONS.rolloutR3 },
    citation: CITATIONS.rolloutR3,
  },
  'r3-road-rail': {
    id: 'r3-road-rail',
    release: 'R3',
    operators: 'road and rail carriers (incl. road express)',
    goLive: '2025-04-01',
    window: { start: '2025-04-01', end: '2025-09-01', citation: CITATIONS.rolloutR3 },
    citation: CITATIONS.rolloutR3,
  },
} as const satisfies Record<RolloutTrackId, RolloutTrack>;

/**
 * The means of transport a roll-out or filing question is about.
 *
 * @example
 * ```ts
 * const t: Transport = 'inland-waterways';
 * ```
 */
export type Transport = 'air' | 'sea' | 'inland-waterways' | 'road' | 'rail';

/**
 * Who lodges (part of) the ENS.
 *
 * @example
 * ```ts
 * const r: FilingRole = 'house-filer';
 * ```
 */
export type FilingRole = 'carrier' | 'house-filer' | 'consignee' | 'express-operator' | 'postal-operator';

/**
 * Which roll-out track(s) a role on a means of transport follows. Only the tracks' operators are named by the
 * sources; where a role is assigned by our reading, `confidence` and `note` say so.
 *
 * @example
 * ```ts
 * ROLLOUT_ASSIGNMENTS.find((a) => a.transport === 'sea' && a.role === 'consignee')?.tracks; // ['r3-sea-iww-house-filers']
 * ```
 */
export const ROLLOUT_ASSIGNMENTS = [
  { transport: 'air', role: 'carrier', tracks: ['r2-air-carriers'], confidence: 'confirmed' },
  { transport: 'air', role: 'house-filer', tracks: ['r2-air-house-postal-express'], confidence: 'confirmed' },
  {
    transport: 'air',
    role: 'express-operator',
    tracks: ['r1-air-postal-express', 'r2-air-house-postal-express'],
    confidence: 'confirmed',
  },
  {
    transport: 'air',
    role: 'postal-operator',
    tracks: ['r1-air-postal-express', 'r2-air-house-postal-express'],
    confidence: 'confirmed',
  },
  { transport: 'sea', role: 'carrier', tracks: ['r3-sea-iww-carriers'], confidence: 'confirmed' },
  { transport: 'sea', role: 'house-filer', tracks: ['r3-sea-iww-house-filers'], confidence: 'confirmed' },
  {
    transport: 'sea',
    role: 'consignee',
    tracks: ['r3-sea-iww-house-filers'],
    confidence: 'secondary',
    note: 'Our reading: the EC names "in some cases final consignees" in Release 3 scope; their go-live is taken as the house-level filers\'.',
  },
  {
    transport: 'sea',
    role: 'postal-operator',
    tracks: ['r3-sea-iww-carriers'],
    confidence: 'unverified',
    note: 'Our reading: postal goods by sea lost the postal waiver at the Release 3 date (2024-06-03, DA Art. 104(2), secondary); which window applied to postal operators by sea was not read.',
  },
  {
    transport: 'inland-waterways',
    role: 'carrier',
    tracks: ['r3-sea-iww-carriers'],
    confidence: 'confirmed',
  },
  {
    transport: 'inland-waterways',
    role: 'house-filer',
    tracks: ['r3-sea-iww-house-filers'],
    confidence: 'confirmed',
  },
  {
    transport: 'inland-waterways',
    role: 'consignee',
    tracks: ['r3-sea-iww-house-filers'],
    confidence: 'secondary',
    note: 'Our reading: the EC names "in some cases final consignees" in Release 3 scope; their go-live is taken as the house-level filers\'.',
  },
  {
    transport: 'inland-waterways',
    role: 'postal-operator',
    tracks: ['r3-sea-iww-carriers'],
    confidence: 'unverified',
    note: 'Our reading: postal goods by inland waterway lost the postal waiver at the Release 3 date (2024-06-03, DA Art. 104(2), secondary); which window applied was not read.',
  },
  { transport: 'road', role: 'carrier', tracks: ['r3-road-rail'], confidence: 'confirmed' },
  { transport: 'road', role: 'express-operator', tracks: ['r3-road-rail'], confidence: 'confirmed' },
  {
    transport: 'road',
    role: 'postal-operator',
    tracks: ['r3-road-rail'],
    confidence: 'secondary',
    note: 'Greek customs (AADE): a postal operator already connected lodges F43/F44 for road and rail without a window.',
  },
  {
    transport: 'road',
    role: 'house-filer',
    tracks: ['r3-road-rail'],
    confidence: 'unverified',
    note: 'Our reading: the Release 3 road and rail track names carriers only.',
  },
  {
    transport: 'road',
    role: 'consignee',
    tracks: ['r3-road-rail'],
    confidence: 'unverified',
    note: 'Our reading: the Release 3 road and rail track names carriers only.',
  },
  { transport: 'rail', role: 'carrier', tracks: ['r3-road-rail'], confidence: 'confirmed' },
  {
    transport: 'rail',
    role: 'postal-operator',
    tracks: ['r3-road-rail'],
    confidence: 'secondary',
    note: 'Greek customs (AADE): a postal operator already connected lodges F43/F44 for road and rail without a window.',
  },
  {
    transport: 'rail',
    role: 'house-filer',
    tracks: ['r3-road-rail'],
    confidence: 'unverified',
    note: 'Our reading: the Release 3 road and rail track names carriers only (EU-2023-398 lets different persons lodge parts of a rail ENS from Release 3).',
  },
  {
    transport: 'rail',
    role: 'consignee',
    tracks: ['r3-road-rail'],
    confidence: 'unverified',
    note: 'Our reading: the Release 3 road and rail track names carriers only.',
  },
] as const satisfies readonly {
  transport: Transport;
  role: FilingRole;
  tracks: readonly RolloutTrackId[];
  confidence: Confidence;
  note?: string;
}[];

/**
 * Later roll-out events that change what a filer must send (legal.json `rollout.later`).
 *
 * @example
 * ```ts
 * ROLLOUT_LATER[0].date; // '2026-02-03'
 * ```
 */
export const ROLLOUT_LATER = [
  {
    date: '2026-02-03',
    event:
      'Only the newer (V3) message version is accepted; V2 filings can no longer be amended (invalidate and refile).',
    citation: CITATIONS.laterV3,
  },
] as const satisfies readonly { date: string; event: string; citation: Citation }[];

/**
 * The time zone whose calendar day decides roll-out dates when an instant (not a plain `YYYY-MM-DD`) is given.
 * Our choice: the Commission's (DG TAXUD's) seat.
 *
 * @example
 * ```ts
 * ROLLOUT_TIME_ZONE; // 'Europe/Brussels'
 * ```
 */
export const ROLLOUT_TIME_ZONE = 'Europe/Brussels';

// ---------------------------------------------------------------------------------------------------------
// Waivers (no ENS required)
// ---------------------------------------------------------------------------------------------------------

/**
 * A kind of goods or traffic that DA Art. 104(1) (or the carnet rule) waives from the ENS.
 *
 * @example
 * ```ts
 * const g: WaivedGoods = 'travellers-personal-baggage';
 * ```
 */
export type WaivedGoods =
  | 'electrical-energy'
  | 'pipeline'
  | 'items-of-correspondence'
  | 'household-effects'
  | 'oral-declaration'
  | 'declaration-by-conduct'
  | 'travellers-personal-baggage'
  | 'form-302'
  | 'military-goods-member-state'
  | 'offshore-installation'
  | 'diplomatic-consular-relief'
  | 'supplies-on-board'
  | 'ata-cpd-carnet';

/**
 * One waiver row.
 *
 * @example
 * ```ts
 * const w: Waiver = WAIVERS['household-effects']; // only without a contract of carriage
 * ```
 */
export interface Waiver {
  code: WaivedGoods;
  /** What the waiver covers, in words. */
  covers: string;
  /** The waiver applies only if the goods are NOT carried under a contract of carriage. */
  onlyWithoutContractOfCarriage: boolean;
  citation: Citation;
  /** Further bases, e.g. the EU-CH mirror. */
  alsoCited?: readonly Citation[];
}

/**
 * The waivers of UCC Art. 127(2)(b) / DA Art. 104(1) listed in BRIEF.md.
 *
 * @example
 * ```ts
 * WAIVERS['supplies-on-board'].citation.wording; // 'not-read' (a point after (k))
 * ```
 */
export const WAIVERS = {
  'electrical-energy': {
    code: 'electrical-energy',
    covers: 'electrical energy',
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1a,
  },
  pipeline: {
    code: 'pipeline',
    covers: 'goods entering by pipeline',
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1b,
  },
  'items-of-correspondence': {
    code: 'items-of-correspondence',
    covers: 'items of correspondence (letters, postcards, printed matter)',
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1c,
  },
  'household-effects': {
    code: 'household-effects',
    covers:
      'household effects (Art. 2(1)(d) of Regulation (EC) No 1186/2009) not carried under a contract of carriage',
    onlyWithoutContractOfCarriage: true,
    citation: CITATIONS.da104_1d,
  },
  'oral-declaration': {
    code: 'oral-declaration',
    covers:
      'goods that may be declared orally (DA Art. 135, 136(1)), not carried under a contract of carriage',
    onlyWithoutContractOfCarriage: true,
    citation: CITATIONS.da104_1e,
  },
  'declaration-by-conduct': {
    code: 'declaration-by-conduct',
    covers:
      'goods deemed declared by an act under DA Art. 141 (Art. 138(b) to (d) and (h), 139(1)), not carried under a contract of carriage',
    onlyWithoutContractOfCarriage: true,
    citation: CITATIONS.da104_1f,
  },
  'travellers-personal-baggage': {
    code: 'travellers-personal-baggage',
    covers: "goods in travellers' personal baggage",
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1g,
  },
  'form-302': {
    code: 'form-302',
    covers: 'goods moved or used for military activities under a NATO form 302 or an EU form 302',
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1h,
  },
  'military-goods-member-state': {
    code: 'military-goods-member-state',
    covers:
      "weapons and military equipment brought in by a Member State's military defence authorities, in military transport or transport for their sole use",
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1i,
  },
  'offshore-installation': {
    code: 'offshore-installation',
    covers:
      'goods brought directly from offshore installations operated by a person established in the Union (built-in goods, fittings, provisions used there, non-hazardous waste)',
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1j,
  },
  'diplomatic-consular-relief': {
    code: 'diplomatic-consular-relief',
    covers:
      'goods entitled to relief under the Vienna Conventions on diplomatic (1961) and consular (1963) relations, other consular conventions, or the New York Convention on special missions (1969)',
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1k,
  },
  'supplies-on-board': {
    code: 'supplies-on-board',
    covers: 'supplies on board vessels and aircraft',
    onlyWithoutContractOfCarriage: false,
    citation: CITATIONS.da104_1_afterK_supplies,
  },
  'ata-cpd-carnet': {
    code: 'ata-cpd-carnet',
    covers: 'goods under an ATA or CPD carnet, unless carried under a contract of carriage',
    onlyWithoutContractOfCarriage: true,
    citation: CITATIONS.da104_1_afterK_carnet,
    alsoCited: [CITATIONS.euChAnnexI],
  },
} as const satisfies Record<WaivedGoods, Waiver>;

/**
 * Places of dispatch inside the common security zone with the Union: goods dispatched from them (moving
 * directly to the Union) need no ENS. The criterion is where the goods are DISPATCHED from, not their origin.
 *
 * @example
 * ```ts
 * SECURITY_ZONE_DISPATCH.map((z) => z.code); // ['CH', 'LI', 'NO', 'XI']
 * ```
 */
export const SECURITY_ZONE_DISPATCH = [
  {
    code: 'CH',
    name: 'Switzerland',
    reason: 'security-zone-switzerland',
    citation: CITATIONS.euCh,
  },
  {
    code: 'LI',
    name: 'Liechtenstein',
    reason: 'security-zone-switzerland',
    citation: CITATIONS.euCh,
    note: 'Covered through its customs union with Switzerland (legal.json, secondary).',
  },
  {
    code: 'NO',
    name: 'Norway',
    reason: 'security-zone-norway',
    citation: CITATIONS.eeaP10,
  },
  {
    code: 'XI',
    name: 'United Kingdom (Northern Ireland)',
    reason: 'northern-ireland',
    citation: CITATIONS.northernIreland,
  },
] as const satisfies readonly {
  code: string;
  name: string;
  reason: string;
  citation: Citation;
  note?: string;
}[];

// ---------------------------------------------------------------------------------------------------------
// Filing types (ICD v3.30 Annex 1, CL742) and who lodges which
// ---------------------------------------------------------------------------------------------------------

/**
 * A filing type (Specific Circumstance Indicator, CL742), from the generated catalogue.
 *
 * @example
 * ```ts
 * const c: FilingTypeCode = 'F15';
 * ```
 */
export type FilingTypeCode = CatalogueFilingTypeCode;

/**
 * One filing type as in `spec/filing-types.json` (the generated catalogue's entry).
 *
 * @example
 * ```ts
 * const t: FilingTypeInfo = FILING_TYPES[0]!; // F10
 * ```
 */
export type FilingTypeInfo = FilingTypeEntry;

/**
 * The filing types of ICD v3.30 Annex 1 (descriptions paraphrased; `kind` and `level` are our reading): the
 * generated catalogue, re-exported here so that the calendar's data stays in one place.
 *
 * @example
 * ```ts
 * FILING_TYPES.find((t) => t.code === 'F25')?.amendment; // null (no IE3A25)
 * ```
 */
export const FILING_TYPES: readonly FilingTypeEntry[] = filingTypes;
/**
 * How a filing's time limit is found:
 * - `placi`: before loading onto the aircraft (DA Art. 106(2)/(2a));
 * - `air-complete`: the complete-ENS air limits (DA Art. 106(1));
 * - `air-partial`: remaining particulars after a PLACI (DA Art. 106(3), presumed to follow 106(1));
 * - `mode`: the time limit of the means of transport (sea Art. 105, inland waterways, rail 107, road 108; in
 *   air the complete-ENS limits).
 *
 * @example
 * ```ts
 * const r: DeadlineRuleRef = 'placi';
 * ```
 */
export type DeadlineRuleRef = 'placi' | 'air-complete' | 'air-partial' | 'mode';

/**
 * The rows of {@link DEADLINE_ROWS} each {@link DeadlineRuleRef} stands for, per means of transport.
 *
 * @example
 * ```ts
 * DEADLINE_RULE_ROWS.mode.rail; // ['rail-short-journey', 'rail-other']
 * ```
 */
export const DEADLINE_RULE_ROWS = {
  placi: {
    air: ['air-placi'],
    sea: ['air-placi'],
    'inland-waterways': ['air-placi'],
    road: ['air-placi'],
    rail: ['air-placi'],
  },
  'air-complete': {
    air: ['air-complete-short-flight', 'air-complete-long-flight'],
    sea: ['air-complete-short-flight', 'air-complete-long-flight'],
    'inland-waterways': ['air-complete-short-flight', 'air-complete-long-flight'],
    road: ['air-complete-short-flight', 'air-complete-long-flight'],
    rail: ['air-complete-short-flight', 'air-complete-long-flight'],
  },
  'air-partial': {
    air: ['air-remaining-short-flight', 'air-remaining-long-flight'],
    sea: ['air-remaining-short-flight', 'air-remaining-long-flight'],
    'inland-waterways': ['air-remaining-short-flight', 'air-remaining-long-flight'],
    road: ['air-remaining-short-flight', 'air-remaining-long-flight'],
    rail: ['air-remaining-short-flight', 'air-remaining-long-flight'],
  },
  mode: {
    air: ['air-complete-short-flight', 'air-complete-long-flight'],
    sea: ['sea-containerised', 'sea-bulk', 'sea-short-sea', 'sea-outermost-regions'],
    'inland-waterways': ['inland-waterways'],
    road: ['road'],
    rail: ['rail-short-journey', 'rail-other'],
  },
} as const satisfies Record<DeadlineRuleRef, Record<Transport, readonly DeadlineRowId[]>>;

/**
 * Single filing (one person lodges the complete dataset) or multiple filing (several persons lodge parts).
 *
 * @example
 * ```ts
 * const a: FilingArrangement = 'multiple';
 * ```
 */
export type FilingArrangement = 'single' | 'multiple';

/**
 * The transport document structure: a straight (direct) bill of lading or air waybill, or a master with
 * house documents under it.
 *
 * @example
 * ```ts
 * const d: DocumentStructure = 'master-with-houses';
 * ```
 */
export type DocumentStructure = 'straight' | 'master-with-houses';

/**
 * What kind of consignments: general cargo, express or postal.
 *
 * @example
 * ```ts
 * const s: Service = 'postal';
 * ```
 */
export type Service = 'general' | 'express' | 'postal';

/**
 * How the goods travel, for filing purposes: a means of transport, or express consignments carried on a
 * general cargo airline (`general-air-cargo`).
 *
 * @example
 * ```ts
 * const c: Carriage = 'general-air-cargo';
 * ```
 */
export type Carriage = Transport | 'general-air-cargo';

/**
 * One filing in a plan.
 *
 * @example
 * ```ts
 * const s: FilingStepSpec = { code: 'F22', deadline: 'air-partial', when: 'pre-arrival' };
 * ```
 */
export interface FilingStepSpec {
  code: FilingTypeCode;
  deadline: DeadlineRuleRef;
  /** When, in words. */
  when: string;
}

/**
 * Filings another person must lodge for the ENS to be complete.
 *
 * @example
 * ```ts
 * const o: OtherPartyFiling = { role: 'consignee', codes: ['F16'], note: "the consignee's particulars" };
 * ```
 */
export interface OtherPartyFiling {
  role: FilingRole;
  /** Alternatives unless the note says otherwise. */
  codes: readonly FilingTypeCode[];
  note: string;
}

/**
 * One way to meet a requirement: all its steps, in order.
 *
 * @example
 * ```ts
 * const o: FilingOptionSpec = { steps: [{ code: 'F15', deadline: 'mode', when: 'by the sea time limit' }] };
 * ```
 */
export interface FilingOptionSpec {
  steps: readonly FilingStepSpec[];
  othersLodge?: readonly OtherPartyFiling[];
  note?: string;
}

/**
 * A requirement: exactly one of its options must be met.
 *
 * @example
 * ```ts
 * const r: FilingRequirementSpec = { id: 'placi', oneOf: [], reasoning: '...' };
 * ```
 */
export interface FilingRequirementSpec {
  id: string;
  oneOf: readonly FilingOptionSpec[];
  /** When this requirement applies, if not always. */
  condition?: string;
  reasoning: string;
}

/**
 * One row of the filing allocation table: for which service, carriage, arrangement, document structure and
 * role it holds, and what that role lodges. Where the role lodges nothing, or the combination is not
 * possible, `outcome` says so.
 *
 * @example
 * ```ts
 * const p: FilingPlan = FILING_PLANS.find((p) => p.id === 'sea-multiple-master-house-filer')!;
 * ```
 */
export interface FilingPlan {
  id: string;
  service: Service;
  carriage: readonly Carriage[];
  /** Omitted: any. */
  arrangements?: readonly FilingArrangement[];
  /** Omitted: any. */
  documents?: readonly DocumentStructure[];
  roles: readonly FilingRole[];
  requirements: readonly FilingRequirementSpec[];
  /** `warning`: the answer holds with a caveat; `error`: the combination does not exist. */
  outcome?: { severity: 'warning' | 'error'; code: string; message: string };
  reasoning: string;
  /** True when who-lodges-what is our reading of the filing-type descriptions, not a read legal text. */
  ourReading: boolean;
  confidence: Confidence;
  citations: readonly Citation[];
}

const SEA_LIKE = ['sea', 'inland-waterways'] as const;
const MODE_LIMIT = 'by the time limit of the mode (DA Art. 105 sea / inland waterways)';
const AIR_PRE_ARRIVAL = 'pre-arrival: by departure (flight under 4 h) or 4 h before arrival';
const BEFORE_LOADING = 'pre-loading: as soon as possible, at the latest before loading onto the aircraft';
const PLACI_NOTE =
  'The minimum dataset (PLACI) must reach customs before loading (DA Art. 106(2a)); a complete filing lodged only after loading does not meet that obligation (our reading).';

/**
 * Who lodges which filing types, by service, carriage, arrangement, document structure and role. Built
 * from the filing-type descriptions of ICD v3.30 Annex 1 (`spec/filing-types.json`) and UCC Art. 127(4)
 * and (6); where the allocation is our reading, `ourReading` and `confidence` say so. At most one row
 * matches any combination.
 *
 * @example
 * ```ts
 * FILING_PLANS.filter((p) => p.service === 'postal').map((p) => p.id);
 * ```
 */
export const FILING_PLANS = [
  // ---- sea and inland waterways ----
  {
    id: 'sea-single-straight',
    service: 'general',
    carriage: SEA_LIKE,
    arrangements: ['single'],
    documents: ['straight'],
    roles: ['carrier', 'house-filer', 'consignee'],
    requirements: [
      {
        id: 'complete',
        oneOf: [{ steps: [{ code: 'F10', deadline: 'mode', when: MODE_LIMIT }] }],
        reasoning:
          "Single filing under a straight bill of lading: one complete dataset, F10 (straight B/L with the consignee's particulars).",
      },
    ],
    reasoning:
      'The carrier lodges the ENS (UCC Art. 127(4)); the importer or consignee, or a person able to present the goods, may lodge it instead.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_4],
  },
  {
    id: 'sea-single-master',
    service: 'general',
    carriage: SEA_LIKE,
    arrangements: ['single'],
    documents: ['master-with-houses'],
    roles: ['carrier', 'house-filer', 'consignee'],
    requirements: [
      {
        id: 'complete',
        oneOf: [{ steps: [{ code: 'F11', deadline: 'mode', when: MODE_LIMIT }] }],
        reasoning:
          "Single filing with a master bill of lading and house bills: one complete dataset, F11 (master and house B/Ls, consignee's particulars at the lowest house B/L).",
      },
    ],
    reasoning:
      'The carrier lodges the ENS (UCC Art. 127(4)); the importer or consignee, or a person able to present the goods, may lodge it instead.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_4],
  },
  {
    id: 'sea-multiple-straight-carrier',
    service: 'general',
    carriage: SEA_LIKE,
    arrangements: ['multiple'],
    documents: ['straight'],
    roles: ['carrier'],
    requirements: [
      {
        id: 'straight-bill',
        oneOf: [
          {
            steps: [{ code: 'F13', deadline: 'mode', when: MODE_LIMIT }],
            othersLodge: [
              {
                role: 'consignee',
                codes: ['F17'],
                note: 'the particulars the consignee must provide, at the straight B/L',
              },
            ],
          },
        ],
        reasoning:
          'Multiple filing under a straight bill of lading: the carrier lodges the straight B/L data (F13) and the consignee adds its particulars (F17).',
      },
    ],
    reasoning:
      'Multiple filing rests on UCC Art. 127(6) and DA Art. 112 (wording not read): other persons holding particulars provide them.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_6, CITATIONS.da112],
  },
  {
    id: 'sea-multiple-straight-consignee',
    service: 'general',
    carriage: SEA_LIKE,
    arrangements: ['multiple'],
    documents: ['straight'],
    roles: ['consignee'],
    requirements: [
      {
        id: 'consignee-particulars',
        oneOf: [{ steps: [{ code: 'F17', deadline: 'mode', when: MODE_LIMIT }] }],
        condition: 'where the carrier lodged the straight B/L without them (F13)',
        reasoning: "The consignee's particulars at the straight B/L are F17.",
      },
    ],
    reasoning:
      'Multiple filing rests on UCC Art. 127(6) and DA Art. 112 (wording not read): other persons holding particulars provide them.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_6, CITATIONS.da112],
  },
  {
    id: 'sea-multiple-straight-house-filer',
    service: 'general',
    carriage: SEA_LIKE,
    arrangements: ['multiple'],
    documents: ['straight'],
    roles: ['house-filer'],
    requirements: [],
    outcome: {
      severity: 'warning',
      code: 'nothing_to_lodge',
      message:
        'A straight bill of lading has no house bill: a house-level filer lodges nothing under it (the carrier lodges F13, the consignee F17).',
    },
    reasoning: 'House-level filings (F14, F15, F16) exist only under a master bill of lading.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes],
  },
  {
    id: 'sea-multiple-master-carrier',
    service: 'general',
    carriage: SEA_LIKE,
    arrangements: ['multiple'],
    documents: ['master-with-houses'],
    roles: ['carrier'],
    requirements: [
      {
        id: 'master-bill',
        oneOf: [
          {
            steps: [{ code: 'F12', deadline: 'mode', when: MODE_LIMIT }],
            othersLodge: [
              {
                role: 'house-filer',
                codes: ['F15', 'F14'],
                note: "F15 (house B/L with the consignee's particulars), or F14 (house B/L only) plus the consignee's F16",
              },
              {
                role: 'consignee',
                codes: ['F16'],
                note: 'only where the house-level filer lodged F14',
              },
            ],
          },
        ],
        reasoning:
          'Multiple filing with a master bill of lading: the carrier lodges the master B/L only (F12).',
      },
    ],
    reasoning:
      'Multiple filing rests on UCC Art. 127(6) and DA Art. 112 (wording not read): the house B/L issuer (and, in some cases, the consignee) provide the house-level particulars.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_6, CITATIONS.da112],
  },
  {
    id: 'sea-multiple-master-house-filer',
    service: 'general',
    carriage: SEA_LIKE,
    arrangements: ['multiple'],
    documents: ['master-with-houses'],
    roles: ['house-filer'],
    requirements: [
      {
        id: 'house-bill',
        oneOf: [
          {
            steps: [{ code: 'F15', deadline: 'mode', when: MODE_LIMIT }],
            note: "the house filer holds the consignee's particulars",
          },
          {
            steps: [{ code: 'F14', deadline: 'mode', when: MODE_LIMIT }],
            othersLodge: [
              {
                role: 'consignee',
                codes: ['F16'],
                note: 'the particulars the consignee must provide, at the lowest house B/L',
              },
            ],
            note: 'the consignee provides its own particulars',
          },
        ],
        reasoning:
          "The house B/L issuer lodges the house-level data: F15 with the consignee's particulars, or F14 without them, the consignee then lodging F16. The carrier lodges F12.",
      },
    ],
    reasoning:
      'Multiple filing rests on UCC Art. 127(6) and DA Art. 112 (wording not read): the house B/L issuer provides the house-level particulars.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_6, CITATIONS.da112],
  },
  {
    id: 'sea-multiple-master-consignee',
    service: 'general',
    carriage: SEA_LIKE,
    arrangements: ['multiple'],
    documents: ['master-with-houses'],
    roles: ['consignee'],
    requirements: [
      {
        id: 'consignee-particulars',
        oneOf: [{ steps: [{ code: 'F16', deadline: 'mode', when: MODE_LIMIT }] }],
        condition: "where the house-level filer lodged F14 (house B/L without the consignee's particulars)",
        reasoning: "The consignee's particulars at the lowest house B/L are F16.",
      },
    ],
    reasoning:
      'Multiple filing rests on UCC Art. 127(6) and DA Art. 112 (wording not read): in some cases the consignee provides particulars.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_6, CITATIONS.da112],
  },
  // ---- air, general cargo ----
  {
    id: 'air-single-straight',
    service: 'general',
    carriage: ['air'],
    arrangements: ['single'],
    documents: ['straight'],
    roles: ['carrier', 'house-filer', 'consignee'],
    requirements: [
      {
        id: 'complete',
        oneOf: [
          {
            steps: [{ code: 'F28', deadline: 'placi', when: BEFORE_LOADING }],
            note: 'complete dataset lodged pre-loading, also meeting the PLACI obligation',
          },
          {
            steps: [{ code: 'F29', deadline: 'air-complete', when: AIR_PRE_ARRIVAL }],
            note: PLACI_NOTE,
          },
        ],
        reasoning:
          'Single filing with a direct air waybill: the complete dataset, pre-loading (F28) or pre-arrival (F29).',
      },
    ],
    reasoning:
      'The carrier lodges the ENS (UCC Art. 127(4)); the importer or consignee, or a person able to present the goods, may lodge it instead.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_4, CITATIONS.da106_1a, CITATIONS.da106_2],
  },
  {
    id: 'air-single-master',
    service: 'general',
    carriage: ['air'],
    arrangements: ['single'],
    documents: ['master-with-houses'],
    roles: ['carrier', 'house-filer', 'consignee'],
    requirements: [
      {
        id: 'complete',
        oneOf: [
          {
            steps: [{ code: 'F20', deadline: 'placi', when: BEFORE_LOADING }],
            note: 'complete dataset lodged pre-loading, also meeting the PLACI obligation',
          },
          {
            steps: [{ code: 'F27', deadline: 'air-complete', when: AIR_PRE_ARRIVAL }],
            note: PLACI_NOTE,
          },
        ],
        reasoning:
          'Single filing with master and house air waybills: the complete dataset, pre-loading (F20) or pre-arrival (F27).',
      },
    ],
    reasoning:
      'The carrier lodges the ENS (UCC Art. 127(4)); the importer or consignee, or a person able to present the goods, may lodge it instead.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_4, CITATIONS.da106_1a, CITATIONS.da106_2],
  },
  {
    id: 'air-multiple-master-carrier',
    service: 'general',
    carriage: ['air'],
    arrangements: ['multiple'],
    documents: ['master-with-houses'],
    roles: ['carrier'],
    requirements: [
      {
        id: 'master-pre-arrival',
        oneOf: [
          {
            steps: [{ code: 'F21', deadline: 'air-partial', when: AIR_PRE_ARRIVAL }],
            othersLodge: [
              {
                role: 'house-filer',
                codes: ['F23', 'F24', 'F26'],
                note: 'a PLACI before loading (one of these), then the house air waybill F22 pre-arrival',
              },
            ],
          },
        ],
        reasoning:
          'Multiple filing in air: the carrier lodges the master air waybill data pre-arrival (F21); house-level filers lodge the house level.',
      },
      {
        id: 'master-reference-pre-loading',
        oneOf: [{ steps: [{ code: 'F25', deadline: 'placi', when: BEFORE_LOADING }] }],
        condition:
          'where a house-level PLACI was lodged without the master air waybill reference (F23): the carrier supplies that reference before loading (our reading, unverified)',
        reasoning:
          'F25 carries only the master air waybill reference, pre-loading; it links house-level PLACI filings to the master. It does not replace the master data of F21 (our reading).',
      },
    ],
    reasoning:
      'Multiple filing rests on UCC Art. 127(6) and DA Art. 113 (wording not read); the PLACI deadline on DA Art. 106(2a).',
    ourReading: true,
    confidence: 'secondary',
    citations: [
      CITATIONS.filingTypes,
      CITATIONS.ucc127_6,
      CITATIONS.da113,
      CITATIONS.da106_2,
      CITATIONS.da106_3,
    ],
  },
  {
    id: 'air-multiple-master-house-filer',
    service: 'general',
    carriage: ['air'],
    arrangements: ['multiple'],
    documents: ['master-with-houses'],
    roles: ['house-filer'],
    requirements: [
      {
        id: 'placi',
        oneOf: [
          {
            steps: [{ code: 'F23', deadline: 'placi', when: BEFORE_LOADING }],
            note: 'without the master air waybill reference (the carrier then links it with F25)',
          },
          {
            steps: [{ code: 'F24', deadline: 'placi', when: BEFORE_LOADING }],
            note: 'with the master air waybill reference',
          },
          {
            steps: [{ code: 'F26', deadline: 'placi', when: BEFORE_LOADING }],
            note: 'with additional house air waybill information',
          },
        ],
        reasoning: 'The house-level PLACI minimum dataset, before loading (DA Art. 106(2a)).',
      },
      {
        id: 'house-pre-arrival',
        oneOf: [
          {
            steps: [{ code: 'F22', deadline: 'air-partial', when: AIR_PRE_ARRIVAL }],
            othersLodge: [{ role: 'carrier', codes: ['F21'], note: 'the master air waybill, pre-arrival' }],
          },
        ],
        condition:
          'always after F23 or F24; after an F26 that already carried the complete house-level data it may not be needed (not established)',
        reasoning:
          'The remaining house air waybill particulars, pre-arrival (DA Art. 106(3), presumed limits).',
      },
    ],
    reasoning:
      'Multiple filing rests on UCC Art. 127(6) and DA Art. 113 (wording not read): the house air waybill issuer provides the house level.',
    ourReading: true,
    confidence: 'secondary',
    citations: [
      CITATIONS.filingTypes,
      CITATIONS.ucc127_6,
      CITATIONS.da113,
      CITATIONS.da106_2,
      CITATIONS.da106_3,
    ],
  },
  {
    id: 'air-multiple-straight',
    service: 'general',
    carriage: ['air'],
    arrangements: ['multiple'],
    documents: ['straight'],
    roles: ['carrier', 'house-filer'],
    requirements: [],
    outcome: {
      severity: 'error',
      code: 'arrangement_not_applicable',
      message:
        'Multiple filing in air splits the master and house levels; a direct air waybill has no house level. Lodge a single filing (F28 pre-loading or F29 pre-arrival).',
    },
    reasoning: 'Air partial filings (F21/F22, F23-F26) exist for master and house air waybills.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes],
  },
  {
    id: 'air-multiple-consignee',
    service: 'general',
    carriage: ['air'],
    arrangements: ['multiple'],
    roles: ['consignee'],
    requirements: [],
    outcome: {
      severity: 'error',
      code: 'role_not_applicable',
      message:
        'Air has no consignee partial filing (CL742 F20-F29). A consignee may lodge only a complete ENS instead of the carrier (single filing, UCC Art. 127(4)).',
    },
    reasoning: 'Consignee partial filings exist only in sea and inland waterways (F16, F17).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_4],
  },
  // ---- express ----
  {
    id: 'express-air',
    service: 'express',
    carriage: ['air'],
    roles: ['express-operator', 'carrier'],
    requirements: [
      {
        id: 'express',
        oneOf: [
          {
            steps: [
              { code: 'F32', deadline: 'placi', when: BEFORE_LOADING },
              { code: 'F30', deadline: 'air-complete', when: AIR_PRE_ARRIVAL },
            ],
            note: 'PLACI first, the complete dataset later',
          },
          {
            steps: [{ code: 'F30', deadline: 'placi', when: BEFORE_LOADING }],
            note: 'one complete filing lodged before loading, which also meets the PLACI obligation (our reading)',
          },
        ],
        reasoning:
          "Express consignments on the express operator's own flights: the PLACI minimum dataset before loading (F32; DA Art. 106(2), from Release 1) and the complete dataset pre-arrival (F30).",
      },
    ],
    reasoning:
      'The express operator carries and holds all particulars, so the arrangement and document structure do not change the filings (our reading).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.da106_2, CITATIONS.da106_1a],
  },
  {
    id: 'express-general-air-cargo-single-operator',
    service: 'express',
    carriage: ['general-air-cargo'],
    arrangements: ['single'],
    roles: ['express-operator'],
    requirements: [
      {
        id: 'placi',
        oneOf: [{ steps: [{ code: 'F32', deadline: 'placi', when: BEFORE_LOADING }] }],
        reasoning: 'The express PLACI minimum dataset before loading (DA Art. 106(2)).',
      },
      {
        id: 'complete',
        oneOf: [{ steps: [{ code: 'F31', deadline: 'air-complete', when: AIR_PRE_ARRIVAL }] }],
        reasoning:
          'Express consignments on general air cargo: the complete dataset pre-arrival, by the express operator (F31).',
      },
    ],
    reasoning:
      'The express operator lodges the whole ENS although an airline carries the goods (our reading).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.da106_2, CITATIONS.da106_1a],
  },
  {
    id: 'express-general-air-cargo-multiple-operator',
    service: 'express',
    carriage: ['general-air-cargo'],
    arrangements: ['multiple'],
    roles: ['express-operator'],
    requirements: [
      {
        id: 'placi',
        oneOf: [{ steps: [{ code: 'F32', deadline: 'placi', when: BEFORE_LOADING }] }],
        reasoning: 'The express PLACI minimum dataset before loading (DA Art. 106(2)).',
      },
      {
        id: 'house-pre-arrival',
        oneOf: [
          {
            steps: [{ code: 'F33', deadline: 'air-partial', when: AIR_PRE_ARRIVAL }],
            othersLodge: [{ role: 'carrier', codes: ['F21'], note: 'the master air waybill, pre-arrival' }],
          },
        ],
        reasoning:
          'The house air waybill pre-arrival by the express operator as a person under UCC Art. 127(6) and DA Art. 113(1) (F33); the airline lodges the master (F21).',
      },
    ],
    reasoning: 'Multiple filing rests on UCC Art. 127(6) and DA Art. 113 (wording not read).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_6, CITATIONS.da113, CITATIONS.da106_3],
  },
  {
    id: 'express-general-air-cargo-multiple-carrier',
    service: 'express',
    carriage: ['general-air-cargo'],
    arrangements: ['multiple'],
    roles: ['carrier'],
    requirements: [
      {
        id: 'master-pre-arrival',
        oneOf: [
          {
            steps: [{ code: 'F21', deadline: 'air-partial', when: AIR_PRE_ARRIVAL }],
            othersLodge: [
              {
                role: 'express-operator',
                codes: ['F32', 'F33'],
                note: 'F32 before loading, then F33 pre-arrival (both)',
              },
            ],
          },
        ],
        reasoning:
          'The airline carrying express consignments lodges the master air waybill pre-arrival (F21).',
      },
    ],
    reasoning: 'Multiple filing rests on UCC Art. 127(6) and DA Art. 113 (wording not read).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_6, CITATIONS.da113, CITATIONS.da106_3],
  },
  {
    id: 'express-general-air-cargo-single-carrier',
    service: 'express',
    carriage: ['general-air-cargo'],
    arrangements: ['single'],
    roles: ['carrier'],
    requirements: [],
    outcome: {
      severity: 'warning',
      code: 'nothing_to_lodge',
      message:
        'In single filing the express operator lodges the complete dataset (F31) and the PLACI (F32): nothing for the airline (our reading).',
    },
    reasoning: "F31 is the express operator's complete filing for express consignments on general air cargo.",
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes],
  },
  {
    id: 'express-road',
    service: 'express',
    carriage: ['road'],
    roles: ['express-operator', 'carrier'],
    requirements: [
      {
        id: 'complete',
        oneOf: [{ steps: [{ code: 'F34', deadline: 'mode', when: 'by the road time limit (DA Art. 108)' }] }],
        reasoning: 'Express consignments on road: the complete dataset (F34).',
      },
    ],
    reasoning: 'One complete road express filing (our reading of F34).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.da108],
  },
  // ---- postal ----
  {
    id: 'postal-air-operator',
    service: 'postal',
    carriage: ['air'],
    roles: ['postal-operator'],
    requirements: [
      {
        id: 'placi',
        oneOf: [{ steps: [{ code: 'F43', deadline: 'placi', when: BEFORE_LOADING }] }],
        reasoning: 'The postal PLACI minimum dataset before loading (DA Art. 106(2), from Release 1).',
      },
      {
        id: 'receptacles',
        oneOf: [
          {
            steps: [{ code: 'F44', deadline: 'placi', when: BEFORE_LOADING }],
            othersLodge: [
              {
                role: 'carrier',
                codes: ['F42'],
                note: 'the master air waybill with the postal air waybill information, within the air time limit',
              },
            ],
          },
        ],
        reasoning: 'The receptacle identification numbers pre-loading (F44), linking items to receptacles.',
      },
    ],
    reasoning:
      'Postal operators provide item and receptacle data; the airline the master air waybill (our reading).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.da106_2, CITATIONS.da113],
  },
  {
    id: 'postal-air-carrier',
    service: 'postal',
    carriage: ['air'],
    roles: ['carrier'],
    requirements: [
      {
        id: 'master',
        oneOf: [{ steps: [{ code: 'F42', deadline: 'air-complete', when: AIR_PRE_ARRIVAL }] }],
        reasoning:
          'The master air waybill with the postal air waybill information, lodged within the time limit of the mode (F42).',
      },
    ],
    reasoning: 'The airline carrying mail lodges the master level (our reading).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.da106_1a],
  },
  {
    id: 'postal-road-carrier',
    service: 'postal',
    carriage: ['road'],
    roles: ['carrier'],
    requirements: [
      {
        id: 'master',
        oneOf: [{ steps: [{ code: 'F40', deadline: 'mode', when: 'by the road time limit (DA Art. 108)' }] }],
        reasoning: 'Postal consignments by road: the road master transport document (F40).',
      },
    ],
    reasoning: 'The road carrier lodges the master level (our reading).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.da108],
  },
  {
    id: 'postal-rail-carrier',
    service: 'postal',
    carriage: ['rail'],
    roles: ['carrier'],
    requirements: [
      {
        id: 'master',
        oneOf: [{ steps: [{ code: 'F41', deadline: 'mode', when: 'by the rail time limit (DA Art. 107)' }] }],
        reasoning: 'Postal consignments by rail: the rail master transport document (F41).',
      },
    ],
    reasoning: 'The rail carrier lodges the master level (our reading).',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.da107a],
  },
  {
    id: 'postal-sea-carrier',
    service: 'postal',
    carriage: SEA_LIKE,
    roles: ['carrier'],
    requirements: [
      {
        id: 'master',
        oneOf: [{ steps: [{ code: 'F45', deadline: 'mode', when: MODE_LIMIT }] }],
        reasoning: 'Postal consignments by sea and inland waterways (F45).',
      },
    ],
    reasoning: 'The carrier lodges the master level (our reading; F45 is a master-level filing).',
    ourReading: true,
    confidence: 'unverified',
    citations: [CITATIONS.filingTypes],
  },
  {
    id: 'postal-surface-operator',
    service: 'postal',
    carriage: ['road', 'rail', 'sea', 'inland-waterways'],
    roles: ['postal-operator'],
    requirements: [
      {
        id: 'items',
        oneOf: [{ steps: [{ code: 'F43', deadline: 'mode', when: 'by the time limit of the mode' }] }],
        reasoning: 'The postal item data (F43) on surface modes.',
      },
      {
        id: 'receptacles',
        oneOf: [{ steps: [{ code: 'F44', deadline: 'mode', when: 'by the time limit of the mode' }] }],
        reasoning: 'The receptacle identification numbers (F44).',
      },
    ],
    reasoning:
      'Greek customs (AADE) report a postal operator lodging F43 and F44 for road and rail. F43/F44 are described as "pre-loading" (an air concept); on surface modes we apply the mode\'s limit: our reading, unverified.',
    ourReading: true,
    confidence: 'unverified',
    citations: [CITATIONS.filingTypes, CITATIONS.rolloutR3],
  },
  // ---- road and rail ----
  {
    id: 'road-single',
    service: 'general',
    carriage: ['road'],
    arrangements: ['single'],
    roles: ['carrier', 'house-filer', 'consignee'],
    requirements: [
      {
        id: 'complete',
        oneOf: [{ steps: [{ code: 'F50', deadline: 'mode', when: 'by the road time limit (DA Art. 108)' }] }],
        reasoning: 'Road: one complete dataset (F50).',
      },
    ],
    reasoning:
      'The carrier lodges the ENS (UCC Art. 127(4)); the importer or consignee, or a person able to present the goods, may lodge it instead.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_4, CITATIONS.da108],
  },
  {
    id: 'road-multiple',
    service: 'general',
    carriage: ['road'],
    arrangements: ['multiple'],
    roles: ['carrier', 'house-filer', 'consignee'],
    requirements: [
      {
        id: 'complete',
        oneOf: [{ steps: [{ code: 'F50', deadline: 'mode', when: 'by the road time limit (DA Art. 108)' }] }],
        reasoning: 'Road has one filing type (F50).',
      },
    ],
    outcome: {
      severity: 'warning',
      code: 'arrangement_not_modelled',
      message:
        'CL742 has one road filing type (F50). How a road ENS is split between several persons was not read: our reading is that each lodges F50 for its part.',
    },
    reasoning: 'Road multiple filing is not described by the filing types read.',
    ourReading: true,
    confidence: 'unverified',
    citations: [CITATIONS.filingTypes, CITATIONS.da108],
  },
  {
    id: 'rail-single',
    service: 'general',
    carriage: ['rail'],
    arrangements: ['single'],
    roles: ['carrier', 'house-filer', 'consignee'],
    requirements: [
      {
        id: 'complete',
        oneOf: [{ steps: [{ code: 'F51', deadline: 'mode', when: 'by the rail time limit (DA Art. 107)' }] }],
        reasoning: 'Rail: one complete dataset (F51).',
      },
    ],
    reasoning:
      'The carrier lodges the ENS (UCC Art. 127(4)); the importer or consignee, or a person able to present the goods, may lodge it instead.',
    ourReading: true,
    confidence: 'secondary',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_4, CITATIONS.da107a],
  },
  {
    id: 'rail-multiple',
    service: 'general',
    carriage: ['rail'],
    arrangements: ['multiple'],
    roles: ['carrier', 'house-filer', 'consignee'],
    requirements: [
      {
        id: 'complete',
        oneOf: [{ steps: [{ code: 'F51', deadline: 'mode', when: 'by the rail time limit (DA Art. 107)' }] }],
        reasoning: 'Rail has one filing type (F51).',
      },
    ],
    outcome: {
      severity: 'warning',
      code: 'arrangement_not_modelled',
      message:
        'Delegated Regulation (EU) 2023/398 lets different persons lodge parts of a rail ENS from Release 3, but CL742 has one rail filing type (F51); how the parts are split was not read.',
    },
    reasoning:
      'Rail multiple filing from Release 3 (EU-2023-398 recital); the split is not described by the filing types read.',
    ourReading: true,
    confidence: 'unverified',
    citations: [CITATIONS.filingTypes, CITATIONS.ucc127_6, CITATIONS.da107a],
  },
] as const satisfies readonly FilingPlan[];
