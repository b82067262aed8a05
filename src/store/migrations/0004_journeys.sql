CREATE TABLE "journey_definitions" (
	"firm_id" uuid NOT NULL,
	"type" text NOT NULL,
	"version" bigint NOT NULL,
	"activities" jsonb NOT NULL,
	"stages" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journey_definitions_firm_id_type_version_pk" PRIMARY KEY("firm_id","type","version")
);
--> statement-breakpoint
CREATE TABLE "subject_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subject_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"firm_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "job_category" text;--> statement-breakpoint
CREATE INDEX "subject_changes_firm_idx" ON "subject_changes" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "touchpoints_id_idx" ON "touchpoints" USING btree ("id");