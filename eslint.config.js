import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'custom-elements.json', 'test/recipes/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Subclasses override these getters (skeletonRows); a readonly field could not be.
      '@typescript-eslint/class-literal-property-style': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's `expect(x).to.be.true` style is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // semantic-dom-diff types chai's equal() as a promise, which makes every assertion look
      // floating; the promises that matter in tests are named below and must be awaited.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(accessible|sendKeys|sendMouse|fixture|oneEvent|waitUntil)$/]:not(AwaitExpression > CallExpression, VariableDeclarator > CallExpression, ArrayExpression > CallExpression, CallExpression > CallExpression)',
          message: 'Await this: unawaited, its failure is never seen.',
        },
        {
          selector: 'ExpressionStatement > CallExpression[callee.name=/^(sendKeys|sendMouse|fixture|oneEvent|waitUntil)$/]',
          message: 'Await this: unawaited, its failure is never seen.',
        },
      ],
    },
  },
);
