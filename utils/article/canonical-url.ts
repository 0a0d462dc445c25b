/**
 * Canonical URLs key the reading log, so the same article reached from a newsletter, a social network or a
 * search ad must give the same key: tracking parameters and the fragment go, the rest of the URL stays.
 */

/** Parameters that only say how the reader arrived. Exact names, lower case. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wickedid',
  'rb_clickid',
  's_cid',
  'ncid',
  'ocid',
  'cmpid',
  'xtor',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'ns_campaign',
  'ns_mchannel',
  'ns_source',
  'ns_linkname',
  'ns_fee',
  'sr_share',
  'smid',
  'smtyp',
  'ito',
  'icid',
  'spm',
  'share',
  '__twitter_impression',
  'ref_src',
  'ref_url',
  'trk',
  'trkcampaign',
  'sc_cid',
  'sc_campaign',
  'cmp',
]);
/** Parameter families: utm_source, utm_medium, pk_campaign (Matomo), mtm_… */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_', 'ga_'];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The URL without tracking parameters or fragment (hash-bang routes are kept: they name the page), resolved
 * against `base` when relative. `undefined` for anything that is not an http(s) URL.
 */
export function cleanCanonicalUrl(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!parsed.hash.startsWith('#!')) parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  if (kept.length !== [...parsed.searchParams].length) {
    parsed.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  }
  return parsed.toString();
}
