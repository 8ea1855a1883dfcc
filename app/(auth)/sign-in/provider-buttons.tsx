import { Button } from '@/components/ui/button';
import type { OAuthProviderId } from '@/lib/auth/sign-in-methods';
import { signInWithProviderAction } from './actions';

/** One form per configured OAuth provider; each posts to the server action, which hands over to the provider. */
export function ProviderButtons({ providers, callbackUrl }: { providers: { id: OAuthProviderId; name: string }[]; callbackUrl: string }) {
  return (
    <ul className="grid gap-3">
      {providers.map((provider) => (
        <li key={provider.id}>
          <form action={signInWithProviderAction}>
            <input type="hidden" name="provider" value={provider.id} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <Button type="submit" variant="outline" className="w-full">
              Continue with {provider.name}
            </Button>
          </form>
        </li>
      ))}
    </ul>
  );
}
