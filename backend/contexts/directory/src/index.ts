export { DirectoryModule } from './directory.module';
