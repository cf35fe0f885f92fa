// The publication context's door: its descriptor (the api and the worker loop over these), and for the
// composition root the commands the demo seed sends (it writes the demo articles through the bus, as their authors).
export { PUBLICATION_CONTEXT } from './publication.context';
export { CreateArticleCommand } from './application/commands/create-article/create-article.command';
export { MoveArticleCommand } from './application/commands/move-article/move-article.command';
