'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { InvitationLink as Link } from '@/lib/validations/user';
import { formatDateTime } from '../audit/format-time';

/** The set-password link after an invitation: the confirmation of the email, or the link to pass on. */
export function InvitationLink({ invitation, title }: { invitation: Link; title: string }) {
  const [copied, setCopied] = useState(false);
  const expires = formatDateTime(new Date(invitation.expiresAt));
  if (invitation.emailedTo) {
    return (
      <Alert variant="success" title={title}>
        We emailed a set-password link to {invitation.emailedTo}. It works once and expires on {expires}.
      </Alert>
    );
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard permission: the field is still there to copy from by hand
    }
  };
  return (
    <Alert variant="success" title={title}>
      <div className="grid gap-3">
        <p>
          {invitation.emailFailed ? 'The email could not be sent. ' : 'No email is sent from this installation. '}
          Pass this link on yourself: it works once and expires on {expires}.
        </p>
        <div className="grid gap-2">
          <Label htmlFor="invitation-link">Set-password link</Label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Input
              id="invitation-link"
              readOnly
              value={invitation.url}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
              className="font-mono text-sm"
            />
            <Button type="button" variant="outline" onClick={copy}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          </div>
          <p aria-live="polite" className="sr-only">
            {copied ? 'Link copied' : ''}
          </p>
        </div>
      </div>
    </Alert>
  );
}
