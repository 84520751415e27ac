/** Generated from openapi.json by openapi-typescript (`npm run openapi`); do not edit. */
export interface paths {
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the first run is done */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            setUp: boolean;
                        };
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** The first run: business name, currency and locale, the first location, and its owner (who is signed in); once only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        businessName: string;
                        currency: string;
                        locale: string;
                        locationName: string;
                        timeZone: string;
                        country: string;
                        ownerFirstName: string;
                        ownerLastName: string;
                        pin: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            locationId: string;
                            ownerId: string;
                            actor: {
                                staffId: string;
                                firstName: string;
                                role: "staff" | "manager" | "owner";
                                locationId: string;
                                timeZone: string;
                                country: string;
                            };
                            expiresAt: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                staffId: string;
                                firstName: string;
                                role: "staff" | "manager" | "owner";
                                locationId: string;
                                timeZone: string;
                                country: string;
                            };
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Sign in with a PIN at a location */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        locationId: string;
                        staffId: string;
                        /** @description The PIN, or the one-time code from Add or Reset PIN */
                        pin: string;
                        /** @description A new PIN: required after a reset (auth.new_pin_required), allowed any time */
                        newPin?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                staffId: string;
                                firstName: string;
                                role: "staff" | "manager" | "owner";
                                locationId: string;
                                timeZone: string;
                                country: string;
                            };
                            expiresAt: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Locations, for enrolling a counter tablet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            timeZone: string;
                        }[];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open another location (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        timeZone: string;
                        country?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            timeZone: string;
                            country: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in screen's names: first names only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            codePending: boolean;
                        }[];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a location or change its time zone (owner) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            timeZone: string;
                            country: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enrolled tablets and screens: a manager sees their location, an owner any or all */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            locationId: string;
                            name: string;
                            /** Format: date-time */
                            enrolledAt: string;
                            /** @description The staff member whose sign-in enrolled it */
                            enrolledBy: string;
                            /**
                             * Format: date-time
                             * @description The last sign-in on it
                             */
                            lastSeenAt: string;
                        }[];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Name a tablet ("Front counter") */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            locationId: string;
                            name: string;
                            /** Format: date-time */
                            enrolledAt: string;
                            /** @description The staff member whose sign-in enrolled it */
                            enrolledBy: string;
                            /**
                             * Format: date-time
                             * @description The last sign-in on it
                             */
                            lastSeenAt: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/devices/{id}/unenrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Un-enrol a tablet: everyone on it is signed out; only a manager or owner can enrol it again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            device: {
                                id: string;
                                locationId: string;
                                name: string;
                                /** Format: date-time */
                                enrolledAt: string;
                                /** @description The staff member whose sign-in enrolled it */
                                enrolledBy: string;
                                /**
                                 * Format: date-time
                                 * @description The last sign-in on it
                                 */
                                lastSeenAt: string;
                            };
                            sessionsEnded: number;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone the signed-in manager or owner manages, deactivated people too */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            lastName: string;
                            role: "staff" | "manager" | "owner";
                            homeLocationId: string;
                            active: boolean;
                            pinPending: boolean;
                        }[];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a person; they choose their PIN at the counter with the one-time code returned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName: string;
                        lastName?: string;
                        role: "staff" | "manager" | "owner";
                        homeLocationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                id: string;
                                firstName: string;
                                lastName: string;
                                role: "staff" | "manager" | "owner";
                                homeLocationId: string;
                                active: boolean;
                                pinPending: boolean;
                            };
                            pinCode: {
                                /** @description Six digits the person types at the counter instead of a PIN, once, to choose their own */
                                code: string;
                                /** Format: date-time */
                                expiresAt: string;
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a name, role or home location (moving someone signs them out) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName?: string;
                        lastName?: string;
                        role?: "staff" | "manager" | "owner";
                        homeLocationId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            lastName: string;
                            role: "staff" | "manager" | "owner";
                            homeLocationId: string;
                            active: boolean;
                            pinPending: boolean;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/staff/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate: no more sign-in, sessions end, history kept; never the last owner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            lastName: string;
                            role: "staff" | "manager" | "owner";
                            homeLocationId: string;
                            active: boolean;
                            pinPending: boolean;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            lastName: string;
                            role: "staff" | "manager" | "owner";
                            homeLocationId: string;
                            active: boolean;
                            pinPending: boolean;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/pin-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a PIN: the old one stops working; the person chooses a new one at the counter with the code returned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Six digits the person types at the counter instead of a PIN, once, to choose their own */
                            code: string;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events newest first, filtered; follow nextCursor for the next page */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    /** @description Exact, or a prefix ending in "." or "*" (staff. finds every staff action) */
                    action?: string;
                    subjectType?: string;
                    subjectId?: string;
                    /** @description Owners only; managers always see their own location */
                    locationId?: string;
                    /** @description Inclusive, an ISO instant */
                    from?: string;
                    /** @description Exclusive, an ISO instant */
                    to?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                id: string;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    type: string;
                                    id: null | string;
                                    name: null | string;
                                };
                                action: string;
                                subjectType: string;
                                subjectId: null | string;
                                locationId: null | string;
                                before: unknown;
                                after: unknown;
                            }[];
                            nextCursor: null | string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as CSV (up to 10,000 rows, newest first); cells that look like formulas are escaped */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    /** @description Exact, or a prefix ending in "." or "*" (staff. finds every staff action) */
                    action?: string;
                    subjectType?: string;
                    subjectId?: string;
                    /** @description Owners only; managers always see their own location */
                    locationId?: string;
                    /** @description Inclusive, an ISO instant */
                    from?: string;
                    /** @description Exclusive, an ISO instant */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find customers by phone, name (prefix, one typo per word) or loyalty card code */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                displayName: string;
                                member: null | string;
                                phoneLast4: null | string;
                                tier: "new" | "occasional" | "regular" | "vip";
                                matchedBy: "phone" | "card" | "name";
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a customer; a phone already on file is refused with a link to its customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        phone?: null | string;
                        email?: null | string;
                        pronunciation?: null | string;
                        birthday?: null | {
                            month: number;
                            day: number;
                        };
                        household?: {
                            name: string;
                            relation?: string;
                            pronunciation?: string;
                        }[];
                        tags?: string[];
                        contactConsent?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            displayName: string;
                            pronunciation: null | string;
                            phone: null | string;
                            phoneLast4: null | string;
                            email: null | string;
                            birthday: null | {
                                month: number;
                                day: number;
                            };
                            household: {
                                name: string;
                                relation?: string;
                                pronunciation?: string;
                            }[];
                            tags: string[];
                            contactConsent: boolean;
                            cardCode: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The greeting card: who they are, their usual, tier, last visit, notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                id: string;
                                displayName: string;
                                pronunciation: null | string;
                                phone: null | string;
                                phoneLast4: null | string;
                                email: null | string;
                                birthday: null | {
                                    month: number;
                                    day: number;
                                };
                                household: {
                                    name: string;
                                    relation?: string;
                                    pronunciation?: string;
                                }[];
                                tags: string[];
                                contactConsent: boolean;
                                cardCode: string;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            tier: "new" | "occasional" | "regular" | "vip";
                            visits90: number;
                            lastVisit: null | {
                                /** Format: date-time */
                                at: string;
                                locationId: string;
                                locationName: string;
                                daysAgo: number;
                            };
                            birthdayInDays: null | number;
                            notes: {
                                id: string;
                                body: string;
                                staffName: string;
                                locationName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            usual: {
                                kind: "usual" | "favourites" | "none";
                                confidence: null | number;
                                choice: null | {
                                    catalogItemId: string;
                                    name: string;
                                    modifiers: {
                                        id: string;
                                        name: string;
                                    }[];
                                    orders: number;
                                };
                                favourites: {
                                    catalogItemId: string;
                                    name: string;
                                    modifiers: {
                                        id: string;
                                        name: string;
                                    }[];
                                    orders: number;
                                }[];
                            };
                            recentOrders: {
                                id: string;
                                locationId: string;
                                locationName: string;
                                customerId: null | string;
                                staffId: null | string;
                                status: "paid" | "tab";
                                totalMinor: number;
                                /** Format: date-time */
                                placedAt: string;
                                lines: {
                                    catalogItemId: string;
                                    name: string;
                                    quantity: number;
                                    unitPriceMinor: number;
                                    lineTotalMinor: number;
                                    modifiers: {
                                        id: string;
                                        name: string;
                                        priceMinor: number;
                                    }[];
                                }[];
                                voided: null | {
                                    /** Format: date-time */
                                    at: string;
                                    /** @description The staff member who undid or voided it */
                                    by: string;
                                    reason: string;
                                };
                                stamps?: null | {
                                    earned: number;
                                    blocked: null | ({
                                        /** @description 'per_day' or 'between_earns' */
                                        limit: string;
                                    } & {
                                        [key: string]: unknown;
                                    });
                                };
                                tab?: null | {
                                    balanceMinor: number;
                                    limitMinor: number;
                                };
                            }[];
                            outlook: null | {
                                pAlive: null | number;
                                expectedVisits30d: number;
                                daysSinceLastVisit: number;
                                rhythmDays: null | number;
                                /** @description A regular slipping away: greet them with a welcome back */
                                lapsing: boolean;
                                why: null | ("p_alive" | "overdue");
                            };
                            stamps: null | {
                                active: boolean;
                                stamps: number;
                                required: number;
                                reward: string;
                                /** @description What one stamp is worth; a bonus stamp counts this against the giver */
                                stampValueMinor: number;
                                /** @description Rewards the card holds now */
                                ready: number;
                                /** @description Stamps to the next reward */
                                toNext: number;
                                nextExpiry: null | {
                                    /** Format: date-time */
                                    at: string;
                                    qty: number;
                                };
                                history: {
                                    kind: "earn" | "bonus" | "redeem" | "expire" | "adjust" | "reverse";
                                    qty: number;
                                    /** Format: date-time */
                                    at: string;
                                    expiresAt: null | string;
                                    forgiven: number;
                                    reason: null | string;
                                }[];
                            };
                            tab: null | {
                                kind: "tab" | "house";
                                balanceMinor: number;
                                limitMinor: number;
                                /** @description What a charge may add before a manager is asked */
                                availableMinor: number;
                            };
                            perks: {
                                /** @description The tab the counter may open for this tier; 0: a manager opens it */
                                tabLimitMinor: number;
                                birthdayReward: boolean;
                                /** @description Within 3 days of the birthday and none given this year */
                                birthdayRewardDue: boolean;
                                welcomeBackMinor: number;
                            };
                            /** @description Goodwill given to the customer in the last 30 days, across the chain: a gesture passes the per-customer limit (customer_30d) when this plus its value exceeds it */
                            goodwillLast30dMinor: number;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit customer details (managers and owners) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        phone?: null | string;
                        email?: null | string;
                        pronunciation?: null | string;
                        birthday?: null | {
                            month: number;
                            day: number;
                        };
                        household?: {
                            name: string;
                            relation?: string;
                            pronunciation?: string;
                        }[];
                        tags?: string[];
                        contactConsent?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            displayName: string;
                            pronunciation: null | string;
                            phone: null | string;
                            phoneLast4: null | string;
                            email: null | string;
                            birthday: null | {
                                month: number;
                                day: number;
                            };
                            household: {
                                name: string;
                                relation?: string;
                                pronunciation?: string;
                            }[];
                            tags: string[];
                            contactConsent: boolean;
                            cardCode: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Jot a note on a customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            body: string;
                            staffName: string;
                            locationName: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the signed-in counter sells: items and options, prices in minor units */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            locale: string;
                            items: {
                                id: string;
                                sku: string;
                                name: string;
                                category: string;
                                priceMinor: number;
                                modifierGroups: string[];
                            }[];
                            modifiers: {
                                id: string;
                                group: string;
                                name: string;
                                priceMinor: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole menu for the console, archived items and options too */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            locale: string;
                            items: {
                                id: string;
                                sku: string;
                                name: string;
                                category: string;
                                priceMinor: number;
                                modifierGroups: string[];
                                position: number;
                                archived: boolean;
                                /** @description Locations whose counter does not sell it */
                                unavailableAt: string[];
                            }[];
                            modifiers: {
                                id: string;
                                group: string;
                                name: string;
                                priceMinor: number;
                                position: number;
                                archived: boolean;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an item (owner); it goes last and every counter shows it at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        category: string;
                        /** @description Minor units (cents) */
                        priceMinor: number;
                        modifierGroups?: string[];
                        sku?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sku: string;
                            name: string;
                            category: string;
                            priceMinor: number;
                            modifierGroups: string[];
                            position: number;
                            archived: boolean;
                            /** @description Locations whose counter does not sell it */
                            unavailableAt: string[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item (owner); orders already rung keep the price they were rung at */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        category?: string;
                        /** @description Minor units (cents) */
                        priceMinor?: number;
                        modifierGroups?: string[];
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sku: string;
                            name: string;
                            category: string;
                            priceMinor: number;
                            modifierGroups: string[];
                            position: number;
                            archived: boolean;
                            /** @description Locations whose counter does not sell it */
                            unavailableAt: string[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/menu/items/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an item off every counter (owner); its history stays */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sku: string;
                            name: string;
                            category: string;
                            priceMinor: number;
                            modifierGroups: string[];
                            position: number;
                            archived: boolean;
                            /** @description Locations whose counter does not sell it */
                            unavailableAt: string[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu/modifiers/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop offering an option (owner); orders that had it keep it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            group: string;
                            name: string;
                            priceMinor: number;
                            position: number;
                            archived: boolean;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu/items/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an archived item back on the menu (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sku: string;
                            name: string;
                            category: string;
                            priceMinor: number;
                            modifierGroups: string[];
                            position: number;
                            archived: boolean;
                            /** @description Locations whose counter does not sell it */
                            unavailableAt: string[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu/modifiers/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer an archived option again (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            group: string;
                            name: string;
                            priceMinor: number;
                            position: number;
                            archived: boolean;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu/items/{id}/availability/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Whether one location sells an item (a manager for their location, an owner for any) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        available: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sku: string;
                            name: string;
                            category: string;
                            priceMinor: number;
                            modifierGroups: string[];
                            position: number;
                            archived: boolean;
                            /** @description Locations whose counter does not sell it */
                            unavailableAt: string[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu/modifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an option to a group, e.g. "Oat" to "milk" (owner); a new group starts with its first option */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        group: string;
                        name: string;
                        /** @description Minor units (cents) */
                        priceMinor: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            group: string;
                            name: string;
                            priceMinor: number;
                            position: number;
                            archived: boolean;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu/modifiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an option, change its price or place (owner) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description Minor units (cents) */
                        priceMinor?: number;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            group: string;
                            name: string;
                            priceMinor: number;
                            position: number;
                            archived: boolean;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A location's orders, newest first */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                    customerId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orders: {
                                id: string;
                                locationId: string;
                                locationName: string;
                                customerId: null | string;
                                staffId: null | string;
                                status: "paid" | "tab";
                                totalMinor: number;
                                /** Format: date-time */
                                placedAt: string;
                                lines: {
                                    catalogItemId: string;
                                    name: string;
                                    quantity: number;
                                    unitPriceMinor: number;
                                    lineTotalMinor: number;
                                    modifiers: {
                                        id: string;
                                        name: string;
                                        priceMinor: number;
                                    }[];
                                }[];
                                voided: null | {
                                    /** Format: date-time */
                                    at: string;
                                    /** @description The staff member who undid or voided it */
                                    by: string;
                                    reason: string;
                                };
                                stamps?: null | {
                                    earned: number;
                                    blocked: null | ({
                                        /** @description 'per_day' or 'between_earns' */
                                        limit: string;
                                    } & {
                                        [key: string]: unknown;
                                    });
                                };
                                tab?: null | {
                                    balanceMinor: number;
                                    limitMinor: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record an order; an Idempotency-Key makes retries safe */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId?: null | string;
                        lines: {
                            catalogItemId: string;
                            quantity?: number;
                            modifierIds?: string[];
                        }[];
                        /** @description 'tab': put it on the customer's tab */
                        payment?: "paid" | "tab";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            locationId: string;
                            locationName: string;
                            customerId: null | string;
                            staffId: null | string;
                            status: "paid" | "tab";
                            totalMinor: number;
                            /** Format: date-time */
                            placedAt: string;
                            lines: {
                                catalogItemId: string;
                                name: string;
                                quantity: number;
                                unitPriceMinor: number;
                                lineTotalMinor: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    priceMinor: number;
                                }[];
                            }[];
                            voided: null | {
                                /** Format: date-time */
                                at: string;
                                /** @description The staff member who undid or voided it */
                                by: string;
                                reason: string;
                            };
                            stamps?: null | {
                                earned: number;
                                blocked: null | ({
                                    /** @description 'per_day' or 'between_earns' */
                                    limit: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            };
                            tab?: null | {
                                balanceMinor: number;
                                limitMinor: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "needs_approval";
                            /** @enum {string} */
                            limit: "tab_limit";
                            /** @description The tab's limit */
                            capMinor: number;
                            /** @description The balance with this order */
                            wouldBeMinor: number;
                            approval: {
                                id: string;
                                customerId: string;
                                locationId: string;
                                staffId: string;
                                amountMinor: number;
                                limitMinor: number;
                                balanceMinor: number;
                                status: "pending" | "approved" | "declined" | "expired";
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                orderId: null | string;
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            locationId: string;
                            locationName: string;
                            customerId: null | string;
                            staffId: null | string;
                            status: "paid" | "tab";
                            totalMinor: number;
                            /** Format: date-time */
                            placedAt: string;
                            lines: {
                                catalogItemId: string;
                                name: string;
                                quantity: number;
                                unitPriceMinor: number;
                                lineTotalMinor: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    priceMinor: number;
                                }[];
                            }[];
                            voided: null | {
                                /** Format: date-time */
                                at: string;
                                /** @description The staff member who undid or voided it */
                                by: string;
                                reason: string;
                            };
                            stamps?: null | {
                                earned: number;
                                blocked: null | ({
                                    /** @description 'per_day' or 'between_earns' */
                                    limit: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            };
                            tab?: null | {
                                balanceMinor: number;
                                limitMinor: number;
                            };
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo an order within 2 minutes of Charge (who rang it, or a manager); it leaves the usual, tier, visits and insights */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            locationId: string;
                            locationName: string;
                            customerId: null | string;
                            staffId: null | string;
                            status: "paid" | "tab";
                            totalMinor: number;
                            /** Format: date-time */
                            placedAt: string;
                            lines: {
                                catalogItemId: string;
                                name: string;
                                quantity: number;
                                unitPriceMinor: number;
                                lineTotalMinor: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    priceMinor: number;
                                }[];
                            }[];
                            voided: null | {
                                /** Format: date-time */
                                at: string;
                                /** @description The staff member who undid or voided it */
                                by: string;
                                reason: string;
                            };
                            stamps?: null | {
                                earned: number;
                                blocked: null | ({
                                    /** @description 'per_day' or 'between_earns' */
                                    limit: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            };
                            tab?: null | {
                                balanceMinor: number;
                                limitMinor: number;
                            };
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an order (manager, with a reason); it stays in the books and leaves every derivation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            locationId: string;
                            locationName: string;
                            customerId: null | string;
                            staffId: null | string;
                            status: "paid" | "tab";
                            totalMinor: number;
                            /** Format: date-time */
                            placedAt: string;
                            lines: {
                                catalogItemId: string;
                                name: string;
                                quantity: number;
                                unitPriceMinor: number;
                                lineTotalMinor: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    priceMinor: number;
                                }[];
                            }[];
                            voided: null | {
                                /** Format: date-time */
                                at: string;
                                /** @description The staff member who undid or voided it */
                                by: string;
                                reason: string;
                            };
                            stamps?: null | {
                                earned: number;
                                blocked: null | ({
                                    /** @description 'per_day' or 'between_earns' */
                                    limit: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            };
                            tab?: null | {
                                balanceMinor: number;
                                limitMinor: number;
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gestures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gesture log with totals (managers: their location; owners: any) */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                    staffId?: string;
                    type?: "comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other";
                    reason?: "service_failure" | "delight" | "loyalty_thanks" | "birthday" | "defect";
                    status?: "granted" | "pending_approval" | "approved" | "declined" | "expired";
                    from?: string;
                    to?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gestures: {
                                id: string;
                                type: "comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other";
                                reason: "service_failure" | "delight" | "loyalty_thanks" | "birthday" | "defect";
                                valueMinor: number;
                                note: null | string;
                                staffId: string;
                                staffName?: string;
                                customerId: null | string;
                                customerName?: null | string;
                                locationId: string;
                                locationName?: string;
                                orderId: null | string;
                                status: "granted" | "pending_approval" | "approved" | "declined" | "expired";
                                limit: null | ("type_not_allowed" | "per_gesture" | "daily_budget" | "customer_30d");
                                capMinor: null | number;
                                wouldBeMinor: null | number;
                                /** Format: date-time */
                                requestedAt: string;
                                expiresAt: null | string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                decisionNote: null | string;
                                couponId: null | string;
                            }[];
                            totals: {
                                count: number;
                                givenCount: number;
                                givenValueMinor: number;
                                pendingCount: number;
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Grant a gesture within policy (201), or ask a manager when it passes a limit (202) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        type: "comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other";
                        reason: "service_failure" | "delight" | "loyalty_thanks" | "birthday" | "defect";
                        valueMinor: number;
                        note?: null | string;
                        customerId?: null | string;
                        orderId?: null | string;
                        coupon?: {
                            benefit?: string;
                            message?: string;
                            validDays?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesture: {
                                id: string;
                                type: "comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other";
                                reason: "service_failure" | "delight" | "loyalty_thanks" | "birthday" | "defect";
                                valueMinor: number;
                                note: null | string;
                                staffId: string;
                                staffName?: string;
                                customerId: null | string;
                                customerName?: null | string;
                                locationId: string;
                                locationName?: string;
                                orderId: null | string;
                                status: "granted" | "pending_approval" | "approved" | "declined" | "expired";
                                limit: null | ("type_not_allowed" | "per_gesture" | "daily_budget" | "customer_30d");
                                capMinor: null | number;
                                wouldBeMinor: null | number;
                                /** Format: date-time */
                                requestedAt: string;
                                expiresAt: null | string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                decisionNote: null | string;
                                couponId: null | string;
                            };
                            decision: {
                                outcome: "grant" | "needs_approval";
                                limit?: "type_not_allowed" | "per_gesture" | "daily_budget" | "customer_30d";
                                capMinor?: number;
                                wouldBeMinor?: number;
                                remainingTodayMinor?: number;
                            };
                            coupon: null | {
                                id: string;
                                /** @description Grouped for reading aloud: 7KQ4-9XM2-HT3B-C */
                                code: string;
                                /** @description Path of the public page: /c/{token} */
                                link: string;
                                benefit: string;
                                message: string;
                                valueMinor: number;
                                customerId: null | string;
                                gestureId: null | string;
                                /** Format: date-time */
                                issuedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                redeemedAt: null | string;
                                redeemedLocationId: null | string;
                                redeemedLocationName?: null | string;
                                redeemedOrderId: null | string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesture: {
                                id: string;
                                type: "comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other";
                                reason: "service_failure" | "delight" | "loyalty_thanks" | "birthday" | "defect";
                                valueMinor: number;
                                note: null | string;
                                staffId: string;
                                staffName?: string;
                                customerId: null | string;
                                customerName?: null | string;
                                locationId: string;
                                locationName?: string;
                                orderId: null | string;
                                status: "granted" | "pending_approval" | "approved" | "declined" | "expired";
                                limit: null | ("type_not_allowed" | "per_gesture" | "daily_budget" | "customer_30d");
                                capMinor: null | number;
                                wouldBeMinor: null | number;
                                /** Format: date-time */
                                requestedAt: string;
                                expiresAt: null | string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                decisionNote: null | string;
                                couponId: null | string;
                            };
                            decision: {
                                outcome: "grant" | "needs_approval";
                                limit?: "type_not_allowed" | "per_gesture" | "daily_budget" | "customer_30d";
                                capMinor?: number;
                                wouldBeMinor?: number;
                                remainingTodayMinor?: number;
                            };
                            coupon: null | {
                                id: string;
                                /** @description Grouped for reading aloud: 7KQ4-9XM2-HT3B-C */
                                code: string;
                                /** @description Path of the public page: /c/{token} */
                                link: string;
                                benefit: string;
                                message: string;
                                valueMinor: number;
                                customerId: null | string;
                                gestureId: null | string;
                                /** Format: date-time */
                                issuedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                redeemedAt: null | string;
                                redeemedLocationId: null | string;
                                redeemedLocationName?: null | string;
                                redeemedOrderId: null | string;
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gestures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One gesture or request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            type: "comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other";
                            reason: "service_failure" | "delight" | "loyalty_thanks" | "birthday" | "defect";
                            valueMinor: number;
                            note: null | string;
                            staffId: string;
                            staffName?: string;
                            customerId: null | string;
                            customerName?: null | string;
                            locationId: string;
                            locationName?: string;
                            orderId: null | string;
                            status: "granted" | "pending_approval" | "approved" | "declined" | "expired";
                            limit: null | ("type_not_allowed" | "per_gesture" | "daily_budget" | "customer_30d");
                            capMinor: null | number;
                            wouldBeMinor: null | number;
                            /** Format: date-time */
                            requestedAt: string;
                            expiresAt: null | string;
                            decidedAt: null | string;
                            decidedBy: null | string;
                            decisionNote: null | string;
                            couponId: null | string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gestures/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A manager's one-tap answer: approve or decline, with an optional word */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gesture: {
                                id: string;
                                type: "comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other";
                                reason: "service_failure" | "delight" | "loyalty_thanks" | "birthday" | "defect";
                                valueMinor: number;
                                note: null | string;
                                staffId: string;
                                staffName?: string;
                                customerId: null | string;
                                customerName?: null | string;
                                locationId: string;
                                locationName?: string;
                                orderId: null | string;
                                status: "granted" | "pending_approval" | "approved" | "declined" | "expired";
                                limit: null | ("type_not_allowed" | "per_gesture" | "daily_budget" | "customer_30d");
                                capMinor: null | number;
                                wouldBeMinor: null | number;
                                /** Format: date-time */
                                requestedAt: string;
                                expiresAt: null | string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                decisionNote: null | string;
                                couponId: null | string;
                            };
                            coupon: null | {
                                id: string;
                                /** @description Grouped for reading aloud: 7KQ4-9XM2-HT3B-C */
                                code: string;
                                /** @description Path of the public page: /c/{token} */
                                link: string;
                                benefit: string;
                                message: string;
                                valueMinor: number;
                                customerId: null | string;
                                gestureId: null | string;
                                /** Format: date-time */
                                issuedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                redeemedAt: null | string;
                                redeemedLocationId: null | string;
                                redeemedLocationName?: null | string;
                                redeemedOrderId: null | string;
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each staff member's goodwill budget use today */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staffId: string;
                            firstName: string;
                            role: string;
                            spentMinor: number;
                            budgetMinor: number;
                            remainingMinor: number;
                        }[];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chain-wide policies per role, location overrides, and the policy in force for you */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chain: {
                                staff: {
                                    role: "staff" | "manager" | "owner";
                                    maxPerGestureMinor: number;
                                    dailyBudgetMinor: number;
                                    maxPerCustomer30dMinor: number;
                                    allowedTypes: ("comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other")[];
                                };
                                manager: {
                                    role: "staff" | "manager" | "owner";
                                    maxPerGestureMinor: number;
                                    dailyBudgetMinor: number;
                                    maxPerCustomer30dMinor: number;
                                    allowedTypes: ("comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other")[];
                                };
                            };
                            overrides: {
                                scope: string;
                                policy: {
                                    role: "staff" | "manager" | "owner";
                                    maxPerGestureMinor: number;
                                    dailyBudgetMinor: number;
                                    maxPerCustomer30dMinor: number;
                                    allowedTypes: ("comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other")[];
                                };
                            }[];
                            mine: {
                                role: "staff" | "manager" | "owner";
                                maxPerGestureMinor: number;
                                dailyBudgetMinor: number;
                                maxPerCustomer30dMinor: number;
                                allowedTypes: ("comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other")[];
                            };
                            counter: {
                                lockAfterMinutes: number;
                            };
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** How long a counter tablet waits without a touch before it locks itself (owners; chain-wide) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lockAfterMinutes: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lockAfterMinutes: number;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{scope}/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a role's policy: scope 'chain' (owners) or a location id (its manager, inside the owner's bounds) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    scope: string;
                    role: "staff" | "manager";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        maxPerGestureMinor: number;
                        dailyBudgetMinor: number;
                        maxPerCustomer30dMinor: number;
                        allowedTypes: ("comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            role: "staff" | "manager" | "owner";
                            maxPerGestureMinor: number;
                            dailyBudgetMinor: number;
                            maxPerCustomer30dMinor: number;
                            allowedTypes: ("comp_item" | "discount" | "recovery_coupon" | "bonus_stamp" | "replacement" | "gift" | "birthday" | "other")[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coupons/redemption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeem a coupon by its typed code or scanned token, once, at any location */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        token?: string;
                        orderId?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Grouped for reading aloud: 7KQ4-9XM2-HT3B-C */
                            code: string;
                            /** @description Path of the public page: /c/{token} */
                            link: string;
                            benefit: string;
                            message: string;
                            valueMinor: number;
                            customerId: null | string;
                            gestureId: null | string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            redeemedAt: null | string;
                            redeemedLocationId: null | string;
                            redeemedLocationName?: null | string;
                            redeemedOrderId: null | string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coupons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coupon, with its code and link, for printing or sending */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Grouped for reading aloud: 7KQ4-9XM2-HT3B-C */
                            code: string;
                            /** @description Path of the public page: /c/{token} */
                            link: string;
                            benefit: string;
                            message: string;
                            valueMinor: number;
                            customerId: null | string;
                            gestureId: null | string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            redeemedAt: null | string;
                            redeemedLocationId: null | string;
                            redeemedLocationName?: null | string;
                            redeemedOrderId: null | string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coupons/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the coupon's link to the customer (through the outbox) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queued: boolean;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/coupons/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coupon's public page: its message, benefit, expiry and status, a QR code and where to get help */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            business: string;
                            message: string;
                            benefit: string;
                            code: string;
                            /** Format: date-time */
                            expiresAt: string;
                            status: "valid" | "redeemed" | "expired";
                            /** @description SVG of a QR code for this page */
                            qrSvg: string;
                            customerCare: string;
                            feedbackPath: string;
                            locale: string;
                            timeZone: string;
                        };
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stamp-programme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chain's stamp programme */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description 'visit': one stamp per qualifying order; 'item': one per qualifying item */
                            earnRule: "visit" | "item";
                            /** @description Empty: every item qualifies */
                            qualifyingItemIds: string[];
                            stampsRequired: number;
                            reward: string;
                            /** @description What the reward costs the business */
                            rewardValueMinor: number;
                            expiryDays: number;
                            maxEarnsPerDay: number;
                            minMinutesBetweenEarns: number;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the stamp programme (owner); stamps already issued keep their expiry */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                        /** @description 'visit': one stamp per qualifying order; 'item': one per qualifying item */
                        earnRule: "visit" | "item";
                        /** @description Empty: every item qualifies */
                        qualifyingItemIds: string[];
                        stampsRequired: number;
                        reward: string;
                        /** @description What the reward costs the business */
                        rewardValueMinor: number;
                        expiryDays: number;
                        maxEarnsPerDay: number;
                        minMinutesBetweenEarns: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description 'visit': one stamp per qualifying order; 'item': one per qualifying item */
                            earnRule: "visit" | "item";
                            /** @description Empty: every item qualifies */
                            qualifyingItemIds: string[];
                            stampsRequired: number;
                            reward: string;
                            /** @description What the reward costs the business */
                            rewardValueMinor: number;
                            expiryDays: number;
                            maxEarnsPerDay: number;
                            minMinutesBetweenEarns: number;
                            version: number;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/stamps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's stamp card and its recent history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            stamps: number;
                            required: number;
                            reward: string;
                            /** @description What one stamp is worth; a bonus stamp counts this against the giver */
                            stampValueMinor: number;
                            /** @description Rewards the card holds now */
                            ready: number;
                            /** @description Stamps to the next reward */
                            toNext: number;
                            nextExpiry: null | {
                                /** Format: date-time */
                                at: string;
                                qty: number;
                            };
                            history: {
                                kind: "earn" | "bonus" | "redeem" | "expire" | "adjust" | "reverse";
                                qty: number;
                                /** Format: date-time */
                                at: string;
                                expiresAt: null | string;
                                forgiven: number;
                                reason: null | string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/stamps/redemption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeem a full card’s reward, once (parallel taps give one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orderId?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            stamps: number;
                            required: number;
                            reward: string;
                            /** @description What one stamp is worth; a bonus stamp counts this against the giver */
                            stampValueMinor: number;
                            /** @description Rewards the card holds now */
                            ready: number;
                            /** @description Stamps to the next reward */
                            toNext: number;
                            nextExpiry: null | {
                                /** Format: date-time */
                                at: string;
                                qty: number;
                            };
                            history: {
                                kind: "earn" | "bonus" | "redeem" | "expire" | "adjust" | "reverse";
                                qty: number;
                                /** Format: date-time */
                                at: string;
                                expiresAt: null | string;
                                forgiven: number;
                                reason: null | string;
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/stamps/adjustment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a card up or down (manager, with a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        qty: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            stamps: number;
                            required: number;
                            reward: string;
                            /** @description What one stamp is worth; a bonus stamp counts this against the giver */
                            stampValueMinor: number;
                            /** @description Rewards the card holds now */
                            ready: number;
                            /** @description Stamps to the next reward */
                            toNext: number;
                            nextExpiry: null | {
                                /** Format: date-time */
                                at: string;
                                qty: number;
                            };
                            history: {
                                kind: "earn" | "bonus" | "redeem" | "expire" | "adjust" | "reverse";
                                qty: number;
                                /** Format: date-time */
                                at: string;
                                expiresAt: null | string;
                                forgiven: number;
                                reason: null | string;
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/stamps/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer's own card page: a link and its QR code, made once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            path: string;
                            url: string;
                            qrSvg: string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/stamp-cards/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's stamp card page: the stamps and their history, no name or contact */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            stamps: number;
                            required: number;
                            reward: string;
                            /** @description What one stamp is worth; a bonus stamp counts this against the giver */
                            stampValueMinor: number;
                            /** @description Rewards the card holds now */
                            ready: number;
                            /** @description Stamps to the next reward */
                            toNext: number;
                            nextExpiry: null | {
                                /** Format: date-time */
                                at: string;
                                qty: number;
                            };
                            history: {
                                kind: "earn" | "bonus" | "redeem" | "expire" | "adjust" | "reverse";
                                qty: number;
                                /** Format: date-time */
                                at: string;
                                expiresAt: null | string;
                                forgiven: number;
                                reason: null | string;
                            }[];
                            business: string;
                        };
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tier-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tier thresholds and what each tier gets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thresholds: {
                                occasional: number;
                                regular: number;
                                vip: number;
                            };
                            perks: {
                                new: {
                                    tabLimitMinor: number;
                                    birthdayReward: boolean;
                                    welcomeBackMinor: number;
                                };
                                occasional: {
                                    tabLimitMinor: number;
                                    birthdayReward: boolean;
                                    welcomeBackMinor: number;
                                };
                                regular: {
                                    tabLimitMinor: number;
                                    birthdayReward: boolean;
                                    welcomeBackMinor: number;
                                };
                                vip: {
                                    tabLimitMinor: number;
                                    birthdayReward: boolean;
                                    welcomeBackMinor: number;
                                };
                            };
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set tier thresholds and perks (owner) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        thresholds: {
                            occasional: number;
                            regular: number;
                            vip: number;
                        };
                        perks: {
                            new: {
                                tabLimitMinor: number;
                                birthdayReward: boolean;
                                welcomeBackMinor: number;
                            };
                            occasional: {
                                tabLimitMinor: number;
                                birthdayReward: boolean;
                                welcomeBackMinor: number;
                            };
                            regular: {
                                tabLimitMinor: number;
                                birthdayReward: boolean;
                                welcomeBackMinor: number;
                            };
                            vip: {
                                tabLimitMinor: number;
                                birthdayReward: boolean;
                                welcomeBackMinor: number;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thresholds: {
                                occasional: number;
                                regular: number;
                                vip: number;
                            };
                            perks: {
                                new: {
                                    tabLimitMinor: number;
                                    birthdayReward: boolean;
                                    welcomeBackMinor: number;
                                };
                                occasional: {
                                    tabLimitMinor: number;
                                    birthdayReward: boolean;
                                    welcomeBackMinor: number;
                                };
                                regular: {
                                    tabLimitMinor: number;
                                    birthdayReward: boolean;
                                    welcomeBackMinor: number;
                                };
                                vip: {
                                    tabLimitMinor: number;
                                    birthdayReward: boolean;
                                    welcomeBackMinor: number;
                                };
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's tab or house account and its ledger */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: null | {
                                id: string;
                                customerId: string;
                                kind: "tab" | "house";
                                limitMinor: number;
                                status: "open" | "closed";
                                locationId: string;
                                openedBy: string;
                                /** Format: date-time */
                                openedAt: string;
                                closedAt: null | string;
                            };
                            balanceMinor: number;
                            availableMinor: number;
                            entries: {
                                id: string;
                                kind: "charge" | "settle" | "reverse" | "write_off";
                                /** @description Charges add to what is owed; the other kinds are negative */
                                amountMinor: number;
                                orderId: null | string;
                                reversesId: null | string;
                                staffId: string;
                                approvedBy: null | string;
                                locationId: string;
                                reason: null | string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a tab (the tier decides at the counter) or a house account (manager, any limit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind?: "tab" | "house";
                        limitMinor?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: null | {
                                id: string;
                                customerId: string;
                                kind: "tab" | "house";
                                limitMinor: number;
                                status: "open" | "closed";
                                locationId: string;
                                openedBy: string;
                                /** Format: date-time */
                                openedAt: string;
                                closedAt: null | string;
                            };
                            balanceMinor: number;
                            availableMinor: number;
                            entries: {
                                id: string;
                                kind: "charge" | "settle" | "reverse" | "write_off";
                                /** @description Charges add to what is owed; the other kinds are negative */
                                amountMinor: number;
                                orderId: null | string;
                                reversesId: null | string;
                                staffId: string;
                                approvedBy: null | string;
                                locationId: string;
                                reason: null | string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tab/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle up, in full or in part; a same-day tab settled to zero closes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units; without it, the whole balance */
                        amountMinor?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: null | {
                                id: string;
                                customerId: string;
                                kind: "tab" | "house";
                                limitMinor: number;
                                status: "open" | "closed";
                                locationId: string;
                                openedBy: string;
                                /** Format: date-time */
                                openedAt: string;
                                closedAt: null | string;
                            };
                            balanceMinor: number;
                            availableMinor: number;
                            entries: {
                                id: string;
                                kind: "charge" | "settle" | "reverse" | "write_off";
                                /** @description Charges add to what is owed; the other kinds are negative */
                                amountMinor: number;
                                orderId: null | string;
                                reversesId: null | string;
                                staffId: string;
                                approvedBy: null | string;
                                locationId: string;
                                reason: null | string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tab/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write off what will not be paid (manager, with a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units; without it, the whole balance */
                        amountMinor?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: null | {
                                id: string;
                                customerId: string;
                                kind: "tab" | "house";
                                limitMinor: number;
                                status: "open" | "closed";
                                locationId: string;
                                openedBy: string;
                                /** Format: date-time */
                                openedAt: string;
                                closedAt: null | string;
                            };
                            balanceMinor: number;
                            availableMinor: number;
                            entries: {
                                id: string;
                                kind: "charge" | "settle" | "reverse" | "write_off";
                                /** @description Charges add to what is owed; the other kinds are negative */
                                amountMinor: number;
                                orderId: null | string;
                                reversesId: null | string;
                                staffId: string;
                                approvedBy: null | string;
                                locationId: string;
                                reason: null | string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tab/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the next statement (manager); statements never change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            number: number;
                            /** Format: date-time */
                            periodStart: string;
                            /** Format: date-time */
                            periodEnd: string;
                            openingMinor: number;
                            closingMinor: number;
                            entries: {
                                id: string;
                                kind: "charge" | "settle" | "reverse" | "write_off";
                                amountMinor: number;
                                orderId: null | string;
                                reason: null | string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            issuedBy: string;
                            /** Format: date-time */
                            issuedAt: string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tab-statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One statement, for printing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            number: number;
                            /** Format: date-time */
                            periodStart: string;
                            /** Format: date-time */
                            periodEnd: string;
                            openingMinor: number;
                            closingMinor: number;
                            entries: {
                                id: string;
                                kind: "charge" | "settle" | "reverse" | "write_off";
                                amountMinor: number;
                                orderId: null | string;
                                reason: null | string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            issuedBy: string;
                            /** Format: date-time */
                            issuedAt: string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tab-statements/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a statement to the customer (through the outbox) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            to: string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open tabs with money on them: the list for closing time */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tabs: {
                                account: {
                                    id: string;
                                    customerId: string;
                                    kind: "tab" | "house";
                                    limitMinor: number;
                                    status: "open" | "closed";
                                    locationId: string;
                                    openedBy: string;
                                    /** Format: date-time */
                                    openedAt: string;
                                    closedAt: null | string;
                                };
                                customerName: string;
                                balanceMinor: number;
                                lastChargeAt: null | string;
                                /** @description A same-day tab, to be settled before closing */
                                sameDay: boolean;
                                chargedToday: boolean;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tab-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Charges waiting for a manager because they would pass a tab limit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvals: {
                                id: string;
                                customerId: string;
                                locationId: string;
                                staffId: string;
                                amountMinor: number;
                                limitMinor: number;
                                balanceMinor: number;
                                status: "pending" | "approved" | "declined" | "expired";
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                orderId: null | string;
                                customerName: string;
                                staffName: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tab-approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request, for the counter waiting on it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            locationId: string;
                            staffId: string;
                            amountMinor: number;
                            limitMinor: number;
                            balanceMinor: number;
                            status: "pending" | "approved" | "declined" | "expired";
                            /** Format: date-time */
                            requestedAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            decidedAt: null | string;
                            decidedBy: null | string;
                            orderId: null | string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tab-approvals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (the order goes on the tab past its limit) or decline; the first answer wins */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approval: {
                                id: string;
                                customerId: string;
                                locationId: string;
                                staffId: string;
                                amountMinor: number;
                                limitMinor: number;
                                balanceMinor: number;
                                status: "pending" | "approved" | "declined" | "expired";
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                orderId: null | string;
                            };
                            order: null | {
                                id: string;
                                locationId: string;
                                locationName: string;
                                customerId: null | string;
                                staffId: null | string;
                                status: "paid" | "tab";
                                totalMinor: number;
                                /** Format: date-time */
                                placedAt: string;
                                lines: {
                                    catalogItemId: string;
                                    name: string;
                                    quantity: number;
                                    unitPriceMinor: number;
                                    lineTotalMinor: number;
                                    modifiers: {
                                        id: string;
                                        name: string;
                                        priceMinor: number;
                                    }[];
                                }[];
                                voided: null | {
                                    /** Format: date-time */
                                    at: string;
                                    /** @description The staff member who undid or voided it */
                                    by: string;
                                    reason: string;
                                };
                                stamps?: null | {
                                    earned: number;
                                    blocked: null | ({
                                        /** @description 'per_day' or 'between_earns' */
                                        limit: string;
                                    } & {
                                        [key: string]: unknown;
                                    });
                                };
                                tab?: null | {
                                    balanceMinor: number;
                                    limitMinor: number;
                                };
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feedback page's form: the location's name and its staff's first names, to name who served you */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `coupon-<id>`, `receipt-<orderId>` or `location-<id>` */
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            business: string;
                            locale: string;
                            locationName: string;
                            staff: {
                                id: string;
                                firstName: string;
                            }[];
                        };
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Leave praise, a problem or an idea from a coupon, receipt or location QR code; praise naming someone is kudos for them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `coupon-<id>`, `receipt-<orderId>` or `location-<id>` */
                    source: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "praise" | "problem" | "idea";
                        rating?: null | number;
                        text: string;
                        staffId?: null | string;
                        email?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thanks: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feedback inbox, newest first: managers see their location, owners any or all */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                    status?: "new" | "replied" | "closed";
                    kind?: "praise" | "problem" | "idea";
                    /** @description the id of the last feedback shown: the next page starts after it */
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: "praise" | "problem" | "idea";
                            rating: null | number;
                            text: string;
                            locationId: string;
                            locationName: string;
                            staffId: null | string;
                            staffName: null | string;
                            customerId: null | string;
                            customerName: null | string;
                            contactEmail: null | string;
                            source: "coupon" | "receipt" | "location_qr";
                            status: "new" | "replied" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            firstReplyAt: null | string;
                            replies: number;
                        }[];
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to a customer by email (through the outbox); the feedback becomes replied */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            feedbackId: string;
                            staffId: string;
                            body: string;
                            sentTo: string;
                            /** Format: date-time */
                            sentAt: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close feedback that needs nothing more; closed feedback takes no more replies */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: "praise" | "problem" | "idea";
                            rating: null | number;
                            text: string;
                            locationId: string;
                            locationName: string;
                            staffId: null | string;
                            staffName: null | string;
                            customerId: null | string;
                            customerName: null | string;
                            contactEmail: null | string;
                            source: "coupon" | "receipt" | "location_qr";
                            status: "new" | "replied" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            firstReplyAt: null | string;
                            replies: number;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kudos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give kudos to a staff member (managers: their location; owners: anyone) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        staffId: string;
                        note?: null | string;
                        feedbackId?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            staffId: string;
                            locationId: string;
                            from: "customer" | "manager" | "owner";
                            givenBy: null | string;
                            feedbackId: null | string;
                            note: null | string;
                            /** Format: date-time */
                            givenAt: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open recovery and thank-you tasks, soonest due first */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: "recovery" | "thank_you";
                            title: string;
                            locationId: string;
                            locationName: string;
                            assigneeId: null | string;
                            assigneeName: null | string;
                            feedbackId: null | string;
                            /** Format: date-time */
                            dueAt: string;
                            doneAt: null | string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a recovery or thank-you task done (once: a second time is 409) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: "recovery" | "thank_you";
                            title: string;
                            locationId: string;
                            locationName: string;
                            assigneeId: null | string;
                            assigneeName: null | string;
                            feedbackId: null | string;
                            /** Format: date-time */
                            dueAt: string;
                            doneAt: null | string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/kudos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Praise for the signed-in staff member that they have not seen yet, newest first (up to 10) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            from: "customer" | "manager" | "owner";
                            giverName: null | string;
                            words: null | string;
                            rating: null | number;
                            locationName: string;
                            /** Format: date-time */
                            givenAt: string;
                        }[];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/kudos/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signed-in staff member has seen these kudos; ids of anyone else’s are ignored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seen: number;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/privacy-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A customer asks for a copy of their data or its erasure; the owner confirms, and the answer goes to the email given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "export" | "erasure";
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thanks: string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data requests from customers, newest first (owners) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requests: {
                                id: string;
                                kind: "export" | "erasure";
                                contactEmail: string;
                                customerId: null | string;
                                status: "requested" | "done" | "declined";
                                /** Format: date-time */
                                requestedAt: string;
                                decidedAt: null | string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm (email the copy, or erase) or decline a data request (owners); answered once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirm: boolean;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: "export" | "erasure";
                            contactEmail: string;
                            customerId: null | string;
                            status: "requested" | "done" | "declined";
                            /** Format: date-time */
                            requestedAt: string;
                            decidedAt: null | string;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A copy of everything held about a customer (owners), as JSON, or as CSV with ?format=csv */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every stored row that names or describes the customer, as stored (times are UTC, money in minor units). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                [key: string]: unknown;
                            };
                            notes: {
                                [key: string]: unknown;
                            }[];
                            orders: {
                                [key: string]: unknown;
                            }[];
                            gestures: {
                                [key: string]: unknown;
                            }[];
                            coupons: {
                                [key: string]: unknown;
                            }[];
                            feedback: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a customer's personal data (owners): name, contacts, birthday, household, notes and feedback words go; orders and ledgers stay under an anonymous name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymousName: string;
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such thing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/lapsing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lapsing regulars: former regulars the visit model says are slipping away, with their usual and who served them most */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fit: null | {
                                timeUnit: string;
                                customers: number;
                                repeatVisits: number;
                                params: {
                                    r: number;
                                    alpha: number;
                                    a: number;
                                    b: number;
                                };
                                logLikelihood: number;
                                calibrationEnd: string;
                                converged: boolean;
                            };
                            regulars: {
                                customerId: string;
                                displayName: string;
                                phoneLast4: null | string;
                                visits: number;
                                lastDay: string;
                                daysSinceLastVisit: number;
                                rhythmDays: null | number;
                                pAlive: null | number;
                                expectedVisits30d: number;
                                why: null | ("p_alive" | "overdue");
                                usual: null | {
                                    name: string;
                                    modifiers: {
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                homeLocationName: string;
                                servedMostBy: null | string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/goodwill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What goodwill earns: return rate, visits and revenue after a gesture against matched visits without one, with 95 % intervals */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    window?: 7 | 30 | 90;
                    locationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reading: string;
                            /** @description as `usual insights goodwill --json` */
                            result: {
                                windowDays: number;
                                from: string;
                                to: string;
                                lastDay: string;
                                gestures: number;
                                gestureValueMinor: number;
                                treated: number;
                                censored: number;
                                matched: number;
                                unmatched: number;
                                treatedCustomers: number;
                                controls: number;
                                treatedReturnRate: null | number;
                                controlReturnRate: null | number;
                                lift: null | number;
                                ciLow: null | number;
                                ciHigh: null | number;
                                visitsLift: null | number;
                                visitsCiLow: null | number;
                                visitsCiHigh: null | number;
                                revenueLiftMinor: null | number;
                                revenueCiLowMinor: null | number;
                                revenueCiHighMinor: null | number;
                                byType: {
                                    [key: string]: {
                                        gestures: number;
                                        gestureValueMinor: number;
                                        treated: number;
                                        matched: number;
                                        lift: null | number;
                                        ciLow: null | number;
                                        ciHigh: null | number;
                                    };
                                };
                                byReason: {
                                    [key: string]: {
                                        gestures: number;
                                        gestureValueMinor: number;
                                        treated: number;
                                        matched: number;
                                        lift: null | number;
                                        ciLow: null | number;
                                        ciHigh: null | number;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The owner's insights: goodwill return, return curve, cost vs return, retention cohorts, visit frequency, tier mix — each with a plain reading */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the last local day with a visit; every window ends there */
                            lastDay: string;
                            goodwill: {
                                /** @description as `usual insights goodwill --json` */
                                result: {
                                    windowDays: number;
                                    from: string;
                                    to: string;
                                    lastDay: string;
                                    gestures: number;
                                    gestureValueMinor: number;
                                    treated: number;
                                    censored: number;
                                    matched: number;
                                    unmatched: number;
                                    treatedCustomers: number;
                                    controls: number;
                                    treatedReturnRate: null | number;
                                    controlReturnRate: null | number;
                                    lift: null | number;
                                    ciLow: null | number;
                                    ciHigh: null | number;
                                    visitsLift: null | number;
                                    visitsCiLow: null | number;
                                    visitsCiHigh: null | number;
                                    revenueLiftMinor: null | number;
                                    revenueCiLowMinor: null | number;
                                    revenueCiHighMinor: null | number;
                                    byType: {
                                        [key: string]: {
                                            gestures: number;
                                            gestureValueMinor: number;
                                            treated: number;
                                            matched: number;
                                            lift: null | number;
                                            ciLow: null | number;
                                            ciHigh: null | number;
                                        };
                                    };
                                    byReason: {
                                        [key: string]: {
                                            gestures: number;
                                            gestureValueMinor: number;
                                            treated: number;
                                            matched: number;
                                            lift: null | number;
                                            ciLow: null | number;
                                            ciHigh: null | number;
                                        };
                                    };
                                };
                                /** @description one plain sentence saying what the chart shows */
                                reading: string;
                            };
                            returnCurve: {
                                points: {
                                    windowDays: 7 | 30 | 90;
                                    treated: null | number;
                                    controls: null | number;
                                    matched: number;
                                }[];
                                /** @description one plain sentence saying what the chart shows */
                                reading: string;
                            };
                            costVsReturn: {
                                months: {
                                    month: string;
                                    costMinor: number;
                                    extraRevenueMinor: null | number;
                                    gestures: number;
                                }[];
                            };
                            cohorts: {
                                cohorts: {
                                    month: string;
                                    customers: number;
                                    /** @description retained[k] is the share seen again k + 1 months after their first month */
                                    retained: number[];
                                }[];
                                /** @description one plain sentence saying what the chart shows */
                                reading: string;
                            };
                            frequency: {
                                bins: {
                                    bin: "1" | "2–3" | "4–7" | "8–15" | "16+";
                                    customers: number;
                                }[];
                                /** @description one plain sentence saying what the chart shows */
                                reading: string;
                            };
                            tierMix: {
                                months: {
                                    month: string;
                                    tiers: {
                                        new: number;
                                        occasional: number;
                                        regular: number;
                                        vip: number;
                                    };
                                }[];
                                /** @description one plain sentence saying what the chart shows */
                                reading: string;
                            };
                            recovery: {
                                /** @description as `usual insights goodwill --json` */
                                result: {
                                    windowDays: number;
                                    from: string;
                                    to: string;
                                    lastDay: string;
                                    gestures: number;
                                    gestureValueMinor: number;
                                    treated: number;
                                    censored: number;
                                    matched: number;
                                    unmatched: number;
                                    treatedCustomers: number;
                                    controls: number;
                                    treatedReturnRate: null | number;
                                    controlReturnRate: null | number;
                                    lift: null | number;
                                    ciLow: null | number;
                                    ciHigh: null | number;
                                    visitsLift: null | number;
                                    visitsCiLow: null | number;
                                    visitsCiHigh: null | number;
                                    revenueLiftMinor: null | number;
                                    revenueCiLowMinor: null | number;
                                    revenueCiHighMinor: null | number;
                                    byType: {
                                        [key: string]: {
                                            gestures: number;
                                            gestureValueMinor: number;
                                            treated: number;
                                            matched: number;
                                            lift: null | number;
                                            ciLow: null | number;
                                            ciHigh: null | number;
                                        };
                                    };
                                    byReason: {
                                        [key: string]: {
                                            gestures: number;
                                            gestureValueMinor: number;
                                            treated: number;
                                            matched: number;
                                            lift: null | number;
                                            ciLow: null | number;
                                            ciHigh: null | number;
                                        };
                                    };
                                };
                                /** @description one plain sentence saying what the chart shows */
                                reading: string;
                            };
                            kudos: {
                                days: number;
                                total: number;
                                people: {
                                    fromCustomers: number;
                                    /** @description from managers and owners */
                                    fromManagers: number;
                                    total: number;
                                    staffId: string;
                                    staffName: string;
                                    locationId: string;
                                    locationName: string;
                                }[];
                                locations: {
                                    fromCustomers: number;
                                    /** @description from managers and owners */
                                    fromManagers: number;
                                    total: number;
                                    locationId: string;
                                    locationName: string;
                                }[];
                                readings: {
                                    /** @description one plain sentence saying what the chart shows */
                                    people: string;
                                    /** @description one plain sentence saying what the chart shows */
                                    locations: string;
                                };
                            };
                            replyTimes: {
                                days: number;
                                overall: {
                                    replied: number;
                                    waiting: number;
                                    medianHours: null | number;
                                    p90Hours: null | number;
                                };
                                locations: {
                                    replied: number;
                                    waiting: number;
                                    medianHours: null | number;
                                    p90Hours: null | number;
                                    locationId: string;
                                    locationName: string;
                                }[];
                                /** @description one plain sentence saying what the chart shows */
                                reading: string;
                            };
                        };
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/gesture-signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gesture abuse signals per staff member: per-shift outliers against peers, one customer getting most, own-account gestures */
        get: {
            parameters: {
                query?: {
                    days?: number;
                    locationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staffId: string;
                            staffName: string;
                            locationId: string;
                            shifts: number;
                            gestures: number;
                            valueMinor: number;
                            gesturesPerShift: number;
                            valuePerShiftMinor: number;
                            gesturesPerShiftScore: null | number;
                            valuePerShiftScore: null | number;
                            topCustomer: null | {
                                customerId: string;
                                customerName: null | string;
                                gestures: number;
                                share: number;
                            };
                            ownAccountGestures: number;
                            flags: ("many_gestures" | "high_value" | "same_customer" | "own_account")[];
                        }[];
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/bgnbd/refit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refit the visit model now (it also refits nightly) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        calibrationEnd?: string;
                        timeUnit?: "day" | "week";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timeUnit: string;
                            customers: number;
                            repeatVisits: number;
                            params: {
                                r: number;
                                alpha: number;
                                a: number;
                                b: number;
                            };
                            logLikelihood: number;
                            calibrationEnd: string;
                            converged: boolean;
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails sent and waiting (without a mail server, they wait here to be read) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            to: string;
                            subject: string;
                            text: string;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredAt: null | string;
                            attempts: number;
                            lastError: null | string;
                        }[];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV (body as text/csv): all or nothing unless skipBad; re-importing changes nothing */
        post: {
            parameters: {
                query?: {
                    skipBad?: boolean;
                };
                header?: never;
                path: {
                    kind: "customers" | "orders" | "gestures";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            written: boolean;
                            read: number;
                            imported: number;
                            unchanged: number;
                            bad: {
                                line: number;
                                column: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema; `field` names the first bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Breaks a rule; `field` names the field when there is one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download customers, orders or gestures as CSV in the shape the import reads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "customers" | "orders" | "gestures";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Not signed in, or a wrong PIN */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong role or another location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live updates as server-sent events (replays after Last-Event-ID) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            status: number;
            code: string;
            detail: string;
            requestId: string;
            field?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
