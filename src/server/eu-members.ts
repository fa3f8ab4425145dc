/**
 * The European Union's 27 member states (ISO 3166 alpha-3), since the United
 * Kingdom left on 31 January 2020. The EU's own targets bind them: the
 * dashboard's map shows a member without a target of its own under the EU's,
 * and the headline share counts the EU's emissions once, not again by member.
 * Imported by the dashboard too: plain data, nothing of the server.
 */
export const EU_MEMBERS: readonly string[] = [
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL',
  'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
]
