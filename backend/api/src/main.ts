import 'reflect-metadata';

async function bootstrap(): Promise<void> {
  console.log('Préau API');
}

void bootstrap();
