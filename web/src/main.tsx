import { render } from 'preact'
import { App } from './app.js'
import { prefetchRoutes } from './prefetch.js'
import './style.css'

// Before the first draw: the page's data and code start loading together (issue 16).
prefetchRoutes()
render(<App />, document.getElementById('app')!)
