import { describeCatalog } from '../../internal/test-utils/catalog-checks.js'
import { formMessages } from './index.js'

describeCatalog('<lt-petition-form>', formMessages)
