import { describeCatalog } from '../../internal/test-utils/catalog-checks.js'
import { calendarMessages } from './index.js'

describeCatalog('<lt-meeting-calendar>', calendarMessages)
