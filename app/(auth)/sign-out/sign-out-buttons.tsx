import { Button } from '@/components/ui/button';
import { signOutAction, signOutEverywhereAction } from './actions';

/** "Sign out" and "Sign out of all devices": plain forms, so they work without JavaScript. */
export function SignOutButtons() {
  return (
    <div className="flex flex-wrap gap-3">
      <form action={signOutAction}>
        <Button type="submit" variant="outline">
          Sign out
        </Button>
      </form>
      <form action={signOutEverywhereAction}>
        <Button type="submit" variant="ghost">
          Sign out of all devices
        </Button>
      </form>
    </div>
  );
}
