// Starts GOV.UK Frontend's components (error summary focus, buttons). Served as a file, never
// inline, so the Content-Security-Policy allows scripts from this service only. Every page works
// without it.
import { initAll } from './govuk-frontend.min.js'

initAll()
