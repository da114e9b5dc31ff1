/**
 * Countries of routing numbered in order (`sequenceNumber` 1, 2, 3 ...), for
 * `countriesOfRoutingOfConsignment` and `countriesOfRoutingOfMeansOfTransport`.
 *
 * @example
 * ```ts
 * routingCountries('CN', 'SG', 'NL'); // [{ sequenceNumber: '1', country: 'CN' }, { sequenceNumber: '2', country: 'SG' }, ...]
 * ```
 */
export function routingCountries(...countries: string[]): { sequenceNumber: string; country: string }[] {
  return countries.map((country, i) => ({ sequenceNumber: String(i + 1), country }));
}
