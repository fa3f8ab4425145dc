/** The container format of one input. */
export type InputFormat = 'jsonl' | 'html' | 'markdown' | 'text'

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<!--)/i

/**
 * Picks the format from the file name (`.gz` stripped) and, where the name
 * says nothing, from the content: JSON objects one per line, an HTML start,
 * a front-matter block.
 */
export function detectFormat(name: string, text: string): InputFormat {
  const base = name.toLowerCase().replace(/\.gz$/, '')
  if (/\.(jsonl|ndjson)$/.test(base)) return 'jsonl'
  if (/\.(html?|xhtml)$/.test(base)) return 'html'
  if (/\.(md|markdown)$/.test(base)) return 'markdown'
  if (HTML_START.test(text.slice(0, 2048))) return 'html'
  if (/^\s*\{/.test(text) && looksLikeJsonl(text)) return 'jsonl'
  return /^\uFEFF?---\s*\n/.test(text) ? 'markdown' : 'text'
}

function looksLikeJsonl(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0]
  try {
    const v = JSON.parse(first)
    return typeof v === 'object' && v !== null && !Array.isArray(v)
  } catch {
    return false
  }
}
