import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Tags starting with civic- are custom elements, not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('civic-') },
      },
    }),
  ],
});
