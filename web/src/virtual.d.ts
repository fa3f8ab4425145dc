declare module 'virtual:iso-numeric' {
  /** ISO 3166 numeric code ("392") → ISO3 ("JPN"). */
  const map: Record<string, string>
  export default map
}
