/**
 * A claim's unit as SQL over `claims c`, as `targets --format json` gives it
 * (src/store/queries/targets.ts): the claim key's metric ('GW', 'MtCO2e') when it has
 * one, °C for a temperature goal, percent for any other stated value.
 */
export const CLAIM_UNIT_SQL = `case when c.metric <> '' then c.metric when c.kind = 'temperature' then 'degC' when c.value is not null then 'percent' end`
