import { describeCatalog } from '../../internal/test-utils/catalog-checks.js'
import { scheduleMessages } from './index.js'

describeCatalog('<lt-weekly-schedule>', scheduleMessages)
