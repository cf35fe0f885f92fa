const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/backend/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: [
        './src/assets',
        // The fonts the printed PDFs embed (administration's printing adapter looks for them here first).
        { input: 'node_modules/dejavu-fonts-ttf/ttf', glob: '{DejaVuSans,DejaVuSans-Bold,DejaVuSansMono-Bold}.ttf', output: 'assets/fonts' },
        { input: 'node_modules/dejavu-fonts-ttf', glob: 'LICENSE', output: 'assets/fonts' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};
