import type { Scenario } from '../types.js'

const fmt = (n: number) => n.toFixed(1)

/** A thermometer: the 2100 range as a bar, the central estimate as the fill level, and the Paris limits marked and named. */
export function Thermometer({ s, colour }: { s: Scenario; colour: string }) {
  const [lo, hi] = [0, 4]
  const h = 180
  const y = (t: number) => 10 + h - (Math.min(hi, Math.max(lo, t)) / hi) * h
  const w = s.warming_2100
  return (
    <figure class="thermometer" data-scenario={s.name}>
      <svg viewBox="0 0 110 220" width="110" height="220" role="img" aria-label={`${s.label}: ${fmt(w.central)} °C in 2100, likely ${fmt(w.low)} to ${fmt(w.high)} °C`}>
        <rect x="30" y="10" width="20" height={h} rx="10" fill="#f2f2f2" stroke="#999" />
        <rect x="30" y={y(w.central)} width="20" height={10 + h - y(w.central)} rx="10" fill={colour} />
        <line x1="26" x2="54" y1={y(w.low)} y2={y(w.low)} stroke="#333" />
        <line x1="26" x2="54" y1={y(w.high)} y2={y(w.high)} stroke="#333" />
        <line x1="40" x2="40" y1={y(w.high)} y2={y(w.low)} stroke="#333" stroke-dasharray="2 2" />
        {[1.5, 2].map((t) => (
          <g>
            <line x1="52" x2="62" y1={y(t)} y2={y(t)} stroke="#c00" />
            <text x="64" y={y(t) + 4} font-size="10">{t} °C</text>
          </g>
        ))}
        <circle cx="40" cy={h + 18} r="14" fill={colour} />
      </svg>
      <figcaption>
        <strong>{s.label}</strong>
        <br />
        {fmt(w.central)} °C ({fmt(w.low)}–{fmt(w.high)})
      </figcaption>
    </figure>
  )
}
