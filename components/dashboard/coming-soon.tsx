import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

// The pages whose feature arrives in a later release: an honest empty state that points at what works today.
export function ComingSoon({
  title,
  description,
  icon,
  heading,
  body,
  team,
  canManageKeys,
  children,
}: {
  title: string;
  description: string;
  icon: ReactNode;
  heading: string;
  body: ReactNode;
  team: string;
  canManageKeys: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="space-y-6">
        <Card>
          <EmptyState icon={icon} eyebrow={<Badge variant="accent">Arrives in a later release</Badge>} title={heading} description={body}>
            {canManageKeys ? (
              <ButtonLink href={`/${team}/keys`}>
                <KeyIcon className="size-4" />
                Create an API key
              </ButtonLink>
            ) : (
              <ButtonLink href={`/${team}/members`} variant="secondary">
                Ask an admin for an API key
              </ButtonLink>
            )}
          </EmptyState>
        </Card>
        {children}
      </div>
    </>
  );
}
