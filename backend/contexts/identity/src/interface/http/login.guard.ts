import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { LOGIN_STRATEGY } from '../../infrastructure/passport/login.strategy';

@Injectable()
export class LoginGuard extends AuthGuard(LOGIN_STRATEGY) {
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    return user;
  }
}
