import { describe, expect, it } from 'vitest'
import { segmentText } from './highlight.js'
import { circularLayout } from './layout.js'
import { safeHttpUrl } from './safe-url.js'

describe('segmentText', () => {
  const text = 'Japan will cut emissions by 46%. Biden met Suga in Washington.'
  it('cuts at every boundary, keeps overlapping facts, and rebuilds the text', () => {
    const marks = [
      { key: 'pledge:1', start: 0, end: 32 },
      { key: 'interaction:2', start: 33, end: text.length },
      { key: 'quote:3', start: 28, end: 40 },
    ]
    const segs = segmentText(text, marks)
    expect(segs.map((s) => s.text).join('')).toBe(text)
    expect(segs.find((s) => s.text === '46%.')?.keys).toEqual(['pledge:1', 'quote:3'])
    expect(segs.find((s) => s.text.startsWith('Biden'))?.keys).toEqual(['interaction:2', 'quote:3'])
    expect(segs.at(-1)?.keys).toEqual(['interaction:2'])
  })
  it('ignores marks outside the text, and gives plain text one run', () => {
    expect(segmentText(text, [{ key: 'x', start: 10, end: 999 }])).toEqual([{ start: 0, end: text.length, text, keys: [] }])
  })
})

describe('circularLayout', () => {
  it('puts the busiest actor at the top and every node on the circle', () => {
    const nodes = circularLayout([{ actor: 'USA', target: 'CHN', count: 3 }, { actor: 'JPN', target: 'CHN', count: 1 }], 100, 0, 0)
    expect(nodes[0]).toMatchObject({ id: 'CHN', degree: 4 })
    expect(nodes[0].y).toBeCloseTo(-100)
    for (const n of nodes) expect(Math.hypot(n.x, n.y)).toBeCloseTo(100)
  })
})

describe('safeHttpUrl', () => {
  it('lets http(s) through and refuses script and data addresses', () => {
    expect(safeHttpUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1')
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'not a url', null]) {
      expect(safeHttpUrl(bad), String(bad)).toBeNull()
    }
  })
})
