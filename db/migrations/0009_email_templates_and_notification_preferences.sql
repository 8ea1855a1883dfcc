CREATE TABLE "email_templates" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_templates_slug_format" CHECK ("email_templates"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "email_templates_name_length" CHECK (length(trim("email_templates"."name")) between 1 and 80),
	CONSTRAINT "email_templates_subject_length" CHECK (length(trim("email_templates"."subject")) between 1 and 200),
	CONSTRAINT "email_templates_body_length" CHECK (length(trim("email_templates"."body")) between 1 and 10000)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notification_preference" text DEFAULT 'instant' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_digest_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_notification_preference_known" CHECK ("users"."notification_preference" in ('instant', 'digest', 'off'));