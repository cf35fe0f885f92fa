export { PublicationModule } from './publication.module';
// For the composition root (the demo seed writes the demo articles through the bus, as their authors).
export { CreateArticleCommand, MoveArticleCommand } from './application/commands/article.commands';
