// The README's Vue recipe: the elements typed in templates (vue-tsc, Volar).
import type {} from 'press-widgets/vue';
