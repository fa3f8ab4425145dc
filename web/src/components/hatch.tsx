/**
 * The diagonal hatch that marks a country covered by the EU's target rather
 * than its own, in the EU band's colour; the same pattern in the map and its legend.
 * @param id unique in the document
 */
export function hatchPattern(id: string, colour: string): SVGPatternElement {
  const ns = 'http://www.w3.org/2000/svg'
  const p = document.createElementNS(ns, 'pattern')
  p.setAttribute('id', id)
  p.setAttribute('patternUnits', 'userSpaceOnUse')
  p.setAttribute('width', '5')
  p.setAttribute('height', '5')
  p.setAttribute('patternTransform', 'rotate(45)')
  const bg = document.createElementNS(ns, 'rect')
  bg.setAttribute('width', '5')
  bg.setAttribute('height', '5')
  bg.setAttribute('fill', '#fff')
  const line = document.createElementNS(ns, 'rect')
  line.setAttribute('width', '2.5')
  line.setAttribute('height', '5')
  line.setAttribute('fill', colour)
  p.append(bg, line)
  return p
}

/** A legend swatch with the hatch, as Preact markup. */
export function HatchSwatch({ id, colour }: { id: string; colour: string }) {
  return (
    <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <defs>
        <pattern id={id} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <rect width="5" height="5" fill="#fff" />
          <rect width="2.5" height="5" fill={colour} />
        </pattern>
      </defs>
      <rect x="0.5" y="0.5" width="13" height="13" fill={`url(#${id})`} stroke={colour} />
    </svg>
  )
}
