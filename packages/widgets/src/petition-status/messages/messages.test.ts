import { describeCatalog } from '../../internal/test-utils/catalog-checks.js'
import { statusMessages } from './index.js'

describeCatalog('<lt-petition-status>', statusMessages)
