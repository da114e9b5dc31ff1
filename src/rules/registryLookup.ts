/**
 * Installs the registry of all 84 messages as the rule sets' message lookup (rule path checks). Imported by the
 * string-keyed API; the per-message path (`ics2/lite`) does not import it.
 */
import { registry } from '../generated/registry';
import { setMessageLookup } from './ruleSet';

setMessageLookup((id) => (registry as Record<string, { meta: import('../core/meta').MessageMeta } | undefined>)[id]);

/**
 * Marker export: importing this module installs the lookup.
 *
 * @example
 * ```ts
 * import 'ics2/rules'; // installs it
 * ```
 */
export const registryLookupInstalled = true;
