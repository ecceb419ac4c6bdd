// Starts GOV.UK Frontend and MoJ Frontend components on the page.
import { initAll as initGovUk } from '/lib/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj-frontend.min.js'

initGovUk()
initMoj()
