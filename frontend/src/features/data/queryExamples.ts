/** Record ids the examples' variables point at, taken from the workspace. */
export interface ExampleIds {
  person: string;
  deal: string;
}

export interface QueryExample {
  title: string;
  query: string;
  variables: (ids: ExampleIds) => object;
}

/** Queries to start from, one for each part of the schema apps use most (attio-sdk.md §8.3). */
export const queryExamples: QueryExample[] = [
  {
    title: "A person, as the example app reads one",
    query: `query getPerson($recordId: String!) {
  person(id: $recordId) {
    name {
      full_name
    }
    phone_numbers
    email_addresses
    company {
      name
      domains
    }
  }
}`,
    variables: (ids) => ({ recordId: ids.person }),
  },
  {
    title: "An attribute by slug, typed by __typename",
    query: `query attributeBySlug($recordId: String!) {
  record(id: $recordId, object: "people") {
    id
    attribute(slug: "alc_status") {
      __typename
      ... on SelectValue {
        value {
          title
        }
      }
    }
  }
}`,
    variables: (ids) => ({ recordId: ids.person }),
  },
  {
    title: "A deal with its stage, value and people",
    query: `query getDeal($id: String!) {
  deal(id: $id) {
    name
    stage {
      title
    }
    value {
      currency_value
      currency_code
    }
    associated_people {
      name {
        full_name
      }
    }
  }
}`,
    variables: (ids) => ({ id: ids.deal }),
  },
  {
    title: "Search companies",
    query: `query findCompanies($text: String!) {
  experimental_searchCompanies(query: $text) {
    name
    domains
    team {
      name {
        full_name
      }
    }
  }
}`,
    variables: () => ({ text: "labs" }),
  },
  {
    title: "The current user, workspace and objects",
    query: `query workspace {
  currentUser {
    name
    email
  }
  currentWorkspace {
    name
    slug
  }
  objects {
    slug
    name
  }
}`,
    variables: () => ({}),
  },
];
